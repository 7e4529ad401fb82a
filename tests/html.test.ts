import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderBody, renderMarkdown } from '../src/html.ts';
import type { Paragraph } from '../src/model.ts';

function paragraphs(...texts: string[]): Paragraph[] {
  let offset = 0;
  return texts.map((text) => {
    const paragraph = { text, markdown: null, language: null, start: offset, end: offset + text.length };
    offset += text.length + 2;
    return paragraph;
  });
}

test('plain text: paragraphs, subheadings and mentioned dates as <time>', () => {
  const body = paragraphs('Лидеры встретились 4 сентября в Париже.', 'Главные вопросы встречи', 'Обсуждали гарантии & поддержку <ПВО>.');
  const html = renderBody('text', body, [{ text: '4 сентября', date: '2025-09-04', start: 19, end: 29, sentence: { start: 0, end: 39 } }]);
  assert.equal(
    html,
    '<p>Лидеры встретились <time datetime="2025-09-04">4 сентября</time> в Париже.</p>\n<h2>Главные вопросы встречи</h2>\n<p>Обсуждали гарантии &#x26; поддержку &#x3C;ПВО>.</p>',
  );
});

test('plain text that looks like markup stays text; a paragraph in another language carries lang', () => {
  const [first, second] = paragraphs('<script>alert(1)</script> <img src=x onerror="y()"> &amp;', 'Заява МЗС України.');
  assert.ok(first && second);
  const html = renderBody('text', [first, { ...second, language: 'uk' }], []);
  assert.equal(html, '<p>&#x3C;script>alert(1)&#x3C;/script> &#x3C;img src=x onerror="y()"> &#x26;amp;</p>\n<p lang="uk">Заява МЗС України.</p>');
  assert.doesNotMatch(html, /<script|<img/);
});

test('Markdown: formatting kept, scripts and handlers removed', () => {
  assert.equal(renderMarkdown('Текст **жирный** и [ссылка](https://example.com).'), '<p>Текст <strong>жирный</strong> и <a href="https://example.com">ссылка</a>.</p>');
  assert.equal(renderMarkdown('<b onclick="x()">да</b><script>alert(1)</script>'), '<p><b>да</b></p>');
  assert.equal(renderMarkdown('[x](javascript:alert(1))'), '<p><a>x</a></p>');
});

test('a line that is only a timestamp is shown as a dateline', () => {
  assert.equal(renderBody('text', paragraphs('18:53, 6 січня 2026', 'Текст статті.'), []), '<p class="dateline">18:53, 6 січня 2026</p>\n<p>Текст статті.</p>');
});

test('JSON for a script block cannot close the block or open a comment', async () => {
  const { jsonForScript } = await import('../src/seo.ts');
  const text = '</script><!-- & \u2028';
  const json = jsonForScript({ text });
  assert.doesNotMatch(json, /<|>|&|\u2028/);
  assert.deepEqual(JSON.parse(json), { text });
});
