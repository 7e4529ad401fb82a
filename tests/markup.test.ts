import assert from 'node:assert/strict';
import { test } from 'node:test';
import { absoluteUrls, escapeXml, prefixRootUrls } from '../src/markup.ts';

test('root-relative addresses in tags get the path prefix; text, fragments and other sites do not', () => {
  const html = '<a href="/people/">P</a><link rel="icon" href="/assets/icon.svg"><img alt="" src="/a.png"><a href="//cdn.example/x">x</a><a href="#main">m</a><a href="https://example.org/">e</a><p>Write href="/x" in text</p>';
  assert.equal(
    prefixRootUrls(html, '/story/'),
    '<a href="/story/people/">P</a><link rel="icon" href="/story/assets/icon.svg"><img alt="" src="/story/a.png"><a href="//cdn.example/x">x</a><a href="#main">m</a><a href="https://example.org/">e</a><p>Write href="/x" in text</p>',
  );
  assert.equal(prefixRootUrls(html, '/'), html);
});

test('feed content gets absolute addresses', () => {
  const html = '<p><a href="/people/macron/">Macron</a> <a href="other/">o</a> <a href="https://example.org/">e</a> <a href="#f">f</a> href="/text"</p>';
  assert.equal(
    absoluteUrls(html, 'https://example.org/story/articles/a/'),
    '<p><a href="https://example.org/people/macron/">Macron</a> <a href="https://example.org/story/articles/a/other/">o</a> <a href="https://example.org/">e</a> <a href="#f">f</a> href="/text"</p>',
  );
});

test('escapeXml leaves no markup characters', () => {
  assert.equal(escapeXml(`<a href="x">'&'</a>`), '&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
});
