// The part of Eleventy's programmatic API this project uses. Eleventy ships
// JavaScript without declarations, so these are ours.
declare module '@11ty/eleventy' {
  export interface EleventyUserConfig {
    addPlugin(plugin: unknown, options?: object): void;
    addFilter(name: string, filter: (...args: never[]) => unknown): void;
    addPassthroughCopy(paths: Record<string, string>): void;
    addGlobalData(name: string, value: unknown): void;
    addWatchTarget(target: string): void;
    addTransform(name: string, transform: (this: { page: { outputPath: string | false } }, content: string) => string | Buffer | Promise<string | Buffer>): void;
    on(event: 'eleventy.before' | 'eleventy.after', listener: (arg: { directories: { output: string } }) => unknown): void;
    setQuietMode(quiet: boolean): void;
  }
  export interface EleventyOptions {
    configPath?: string;
    pathPrefix?: string;
    quietMode?: boolean;
    runMode?: 'build' | 'watch' | 'serve';
    config?: (config: EleventyUserConfig) => void;
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    init(): Promise<void>;
    write(): Promise<unknown>;
    watch(): Promise<void>;
    serve(port?: number): Promise<void>;
    stopWatch(): Promise<void>;
  }
}
