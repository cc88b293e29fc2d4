// In a group session: what the group already knows beside the issue at hand (entries from its
// knowledge base and earlier sessions that raised something similar), and "Save as an approach" from
// a card, which documents it in the group's knowledge with this session as its source.
import { requestJson } from './api.js';
import { h, setText, show, showMessage } from './dom.js';

/**
 * @param dom { panel, status, list, issuesHeading, issues, form, context, approach, outcome, error,
 *              save, cancel, done }
 * @param session () → { sessionId, token }
 */
export function createRelated(dom, session) {
  let asked = null; // the issue text last looked up
  let state = null;

  const issueText = (s) => s.cards.filter((c) => c.kind === 'issue' && typeof c.text === 'string')
    .map((c) => c.text).join('\n');

  async function lookUp(text) {
    asked = text;
    const { sessionId, token } = session();
    setText(dom.status, 'Looking in the group\'s knowledge…');
    try {
      const related = await requestJson('GET', `/api/sessions/${encodeURIComponent(sessionId)}/related`, undefined, token);
      if (asked !== text) return;
      const entries = (related && related.entries) || [];
      const earlier = (related && related.sessions) || [];
      dom.list.replaceChildren(...entries.map((entry) => h('li', { class: 'knowledge-entry' },
        h('dl', { class: 'knowledge-parts' },
          h('dt', {}, 'Context'), h('dd', {}, entry.context),
          h('dt', {}, 'Approach'), h('dd', {}, entry.approach),
          h('dt', {}, 'Outcome'), h('dd', {}, entry.outcome)))));
      dom.issues.replaceChildren(...earlier.map((s) => h('li', {}, h('span', { class: 'related-title' }, s.title || 'An earlier session'),
        s.issue ? h('span', { class: 'hint' }, ` · “${s.issue}”`) : null)));
      show(dom.issuesHeading, earlier.length > 0);
      show(dom.issues, earlier.length > 0);
      setText(dom.status, entries.length || earlier.length ? ''
        : 'Nothing in the group\'s knowledge looks like this issue yet.');
    } catch (error) {
      if (asked === text) setText(dom.status, `The group's knowledge could not be read: ${error.message}`);
    }
  }

  function update(next) {
    state = next;
    const inGroup = Boolean(state.groupId);
    const text = inGroup ? issueText(state) : '';
    show(dom.panel, inGroup && (Boolean(text) || !dom.form.hidden));
    if (inGroup && text && text !== asked) lookUp(text);
  }

  /** Opens the form with the card's words as the approach and the issue as the context. */
  function saveFrom(card) {
    dom.context.value = state ? issueText(state) : '';
    dom.approach.value = card.text || '';
    dom.outcome.value = '';
    showMessage(dom.error, '');
    setText(dom.done, '');
    show(dom.form, true);
    show(dom.panel, true);
    (dom.context.value ? dom.outcome : dom.context).focus();
  }

  dom.cancel.addEventListener('click', () => {
    show(dom.form, false);
    if (state) update(state);
  });

  dom.form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = { context: dom.context.value.trim(), approach: dom.approach.value.trim(), outcome: dom.outcome.value.trim() };
    const missing = Object.entries(body).find(([, value]) => !value);
    if (missing) {
      showMessage(dom.error, `Fill in the ${missing[0]}: an entry says what the situation was, what was tried and what came of it.`);
      dom[missing[0]].focus();
      return;
    }
    const { sessionId, token } = session();
    dom.save.disabled = true;
    try {
      await requestJson('POST', `/api/sessions/${encodeURIComponent(sessionId)}/knowledge`, body, token);
      show(dom.form, false);
      setText(dom.done, 'Saved to the group\'s knowledge.');
      asked = null;
      if (state) update(state);
    } catch (error) {
      showMessage(dom.error, error.message);
    } finally {
      dom.save.disabled = false;
    }
  });

  return { update, saveFrom };
}
