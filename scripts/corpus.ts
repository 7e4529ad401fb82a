// Deterministic corpora of Russian and Ukrainian articles for the benchmark and
// for tests that need many pages: realistic lengths, site chrome mixed into the
// text, dates spread over a year. Every run with the same seed writes the same files.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { addCalendarDays } from '../src/calendar.ts';

/** A small deterministic generator (mulberry32), so every run writes the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const RU = {
  leaders: ['Зеленский', 'Макрон', 'Стармер', 'Мерц', 'Туск', 'Рютте', 'Мелони', 'Трамп', 'Уиткофф', 'Умеров'],
  places: ['Париже', 'Лондоне', 'Брюсселе', 'Берлине', 'Вашингтоне', 'Женеве', 'Риме', 'Варшаве'],
  months: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  sentences: [
    'Лидеры коалиции желающих обсудили гарантии безопасности для Украины.',
    'По словам собеседников, участники встречи согласовали дальнейшие шаги по поддержке.',
    'Об этом сообщает РБК-Украина со ссылкой на источники в правительстве.',
    'Европейские партнеры готовы направить военных после прекращения огня.',
    'Стороны также обсудили усиление санкционного давления на Россию.',
    'Встреча продлилась несколько часов и завершилась совместным заявлением.',
  ],
  chrome: ['Реклама', 'Читайте также: Что известно о новых санкциях', 'Подписывайтесь на наш Telegram-канал', '• 1 204 просмотра'],
};
const UK = {
  leaders: ['Зеленський', 'Макрон', 'Стармер', 'Мерц', 'Туск', 'Рютте', 'Мелоні', 'Трамп', 'Віткофф', 'Умєров'],
  places: ['Парижі', 'Лондоні', 'Брюсселі', 'Берліні', 'Вашингтоні', 'Женеві', 'Римі', 'Варшаві'],
  months: ['січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'жовтня', 'листопада', 'грудня'],
  sentences: [
    'Лідери коаліції охочих обговорили гарантії безпеки для України.',
    'За словами співрозмовників, учасники зустрічі погодили подальші кроки з підтримки.',
    'Про це повідомляє «Главком» з посиланням на джерела в уряді.',
    'Європейські партнери готові направити військових після припинення вогню.',
    'Сторони також обговорили посилення санкційного тиску на росію.',
    'Зустріч тривала кілька годин і завершилася спільною заявою.',
  ],
  chrome: ['Реклама', 'Читайте також: Що відомо про нові санкції', 'Слідкуйте за новинами у Telegram', '• 208 переглядів'],
};

export interface GeneratedArticle {
  name: string;
  date: string;
  title: string;
  body: string;
}

export function generateCorpus(count: number, seed = 20250904): GeneratedArticle[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const articles: GeneratedArticle[] = [];
  for (let i = 0; i < count; i++) {
    const lang = next() < 0.55 ? RU : UK;
    const date = addCalendarDays('2025-01-01', Math.floor(next() * 365));
    const [, month, day] = date.split('-').map(Number);
    const place = pick(lang.places);
    const a = pick(lang.leaders);
    const b = pick(lang.leaders);
    const title = lang === RU ? `${a} и ${b} встретились в ${place}` : `${a} і ${b} зустрілися в ${place}`;
    const paragraphs: string[] = [];
    const opening = lang === RU ? `Сегодня, ${day} ${lang.months[(month ?? 1) - 1]}, в ${place} прошла встреча. ${a} заявил, что переговоры продолжатся.` : `Сьогодні, ${day} ${lang.months[(month ?? 1) - 1]}, у ${place} відбулася зустріч. ${a} заявив, що переговори триватимуть.`;
    paragraphs.push(opening);
    const length = 4 + Math.floor(next() * 10);
    for (let p = 0; p < length; p++) {
      if (next() < 0.15) paragraphs.push(pick(lang.chrome));
      paragraphs.push(Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(lang.sentences)).join(' '));
    }
    articles.push({ name: `article-${String(i).padStart(5, '0')}`, date, title, body: paragraphs.join('\n\n') });
  }
  return articles;
}

export async function writeCorpus(articles: readonly GeneratedArticle[], dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const article of articles) await writeFile(path.join(dir, `${article.name}.txt`), ` date ${article.date} ${article.title}\n\n${article.body}\n`);
}

