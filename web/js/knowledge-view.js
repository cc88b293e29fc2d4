// Searching the group's knowledge base. A snippet marks the words that matched with « and »; it is
// split on those markers into text nodes and <mark> elements, so an entry's words are only ever text.
import { ApiError, requestJson } from './api.js';
import { h, setText, show } from './dom.js';
import { t } from './i18n.js';

/** "a «word» in «context»" → ['a ', <mark>word</mark>, ' in ', <mark>context</mark>] */
export function highlighted(snippet) {
  const parts = [];
  const pattern = /«([^»]*)»/g;
  let last = 0;
  for (let match = pattern.exec(snippet); match; match = pattern.exec(snippet)) {
    if (match.index > last) parts.push(snippet.slice(last, match.index));
    parts.push(h('mark', {}, match[1]));
    last = match.index + match[0].length;
  }
  if (last < snippet.length) parts.push(snippet.slice(last));
  return parts;
}

/**
 * @param dom { form, input, button, status, results }
 * @param search (q) → Promise of the ranked entries
 */
export function createKnowledgeView(dom, search) {
  let asked = 0;

  async function run(query) {
    asked += 1;
    const mine = asked;
    dom.form.setAttribute('aria-busy', 'true');
    try {
      const entries = (await search(query)) || [];
      if (mine !== asked) return;
      dom.results.replaceChildren(...entries.map((entry) => h('li', { class: 'knowledge-entry' },
        // Listing the newest, the snippet is the context again; searching, it shows the words that matched.
        entry.snippet && entry.snippet.includes('«')
          ? h('p', { class: 'knowledge-snippet' }, highlighted(entry.snippet)) : null,
        h('dl', { class: 'knowledge-parts' },
          h('dt', {}, t('knowledge.context')), h('dd', {}, entry.context),
          h('dt', {}, t('knowledge.approach')), h('dd', {}, entry.approach),
          h('dt', {}, t('knowledge.outcome')), h('dd', {}, entry.outcome)))));
      if (!query) {
        setText(dom.status, entries.length ? t('knowledge.recent') : t('knowledge.none'));
      } else {
        setText(dom.status, entries.length === 0 ? t('knowledge.notFound', { query })
          : t('knowledge.found', { count: entries.length, query }));
      }
    } catch (error) {
      if (mine !== asked) return;
      dom.results.replaceChildren();
      setText(dom.status, error instanceof ApiError && error.status === 404
        ? t('knowledge.unavailable')
        : t('knowledge.failed', { message: error.message }));
    } finally {
      if (mine === asked) dom.form.removeAttribute('aria-busy');
    }
  }

  dom.form.addEventListener('submit', (event) => {
    event.preventDefault();
    run(dom.input.value.trim());
  });

  return { run, show: (visible) => show(dom.form, visible) };
}

/** The search call itself, with the member's token in the header. */
export function knowledgeSearch(groupId, token) {
  return (query) => requestJson('GET', `/api/groups/${encodeURIComponent(groupId)}/knowledge?q=${encodeURIComponent(query)}`,
    undefined, token);
}
