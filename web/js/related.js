// In a group session: what the group already knows beside the issue at hand (entries from its
// knowledge base and earlier sessions that raised something similar), and "Save as an approach" from
// a card, which documents it in the group's knowledge with this session as its source.
import { requestJson } from './api.js';
import { h, setText, show } from './dom.js';
import { t } from './i18n.js';

/**
 * @param dom { panel, status, list, issuesHeading, issues, form, context, approach, outcome, error,
 *              save, cancel, done }
 * @param session () → { sessionId, token }
 */
export function createRelated(dom, session) {
  let asked = null; // the issue text last looked up
  let wanted = ''; // the issue text on the board now
  let wantedAt = 0; // the seq from which the board shows it
  let state = null;

  const issueText = (s) => s.cards.filter((c) => c.kind === 'issue' && typeof c.text === 'string')
    .map((c) => c.text).join('\n');

  async function lookUp(text) {
    asked = text;
    const { sessionId, token } = session();
    setText(dom.status, t('related.looking'));
    try {
      const related = await requestJson('GET', `/api/sessions/${encodeURIComponent(sessionId)}/related`, undefined, token);
      if (asked !== text) return;
      const entries = (related && related.entries) || [];
      const earlier = (related && related.sessions) || [];
      dom.list.replaceChildren(...entries.map((entry) => h('li', { class: 'knowledge-entry' },
        h('dl', { class: 'knowledge-parts' },
          h('dt', {}, t('knowledge.context')), h('dd', {}, entry.context),
          h('dt', {}, t('knowledge.approach')), h('dd', {}, entry.approach),
          h('dt', {}, t('knowledge.outcome')), h('dd', {}, entry.outcome)))));
      dom.issues.replaceChildren(...earlier.map((s) => h('li', {}, h('span', { class: 'related-title' }, s.title || t('related.earlierSession')),
        s.issue ? h('span', { class: 'hint' }, ` · ${t('announce.quoted', { text: s.issue })}`) : null)));
      show(dom.issuesHeading, earlier.length > 0);
      show(dom.issues, earlier.length > 0);
      setText(dom.status, entries.length || earlier.length ? '' : t('related.nothing'));
    } catch (error) {
      if (asked === text) setText(dom.status, t('related.failed', { message: error.message }));
    }
  }

  /** @param seq the last event seq the state includes */
  function update(next, seq = 0) {
    state = next;
    const inGroup = Boolean(state.groupId);
    const text = inGroup ? issueText(state) : '';
    if (text !== wanted) {
      wanted = text;
      wantedAt = seq;
    }
    show(dom.panel, inGroup && (Boolean(text) || !dom.form.hidden));
  }

  /**
   * The log holds every event up to `durableSeq`. The search reads what is stored, so the issue is
   * looked up once the event that put it on the board is stored, not the moment it is shown.
   */
  function stored(durableSeq) {
    if (wanted && wanted !== asked && durableSeq >= wantedAt) lookUp(wanted);
  }

  function setError(message) {
    setText(dom.error, message);
    show(dom.error, Boolean(message));
  }

  /** Opens the form with the card's words as the approach and the issue as the context. */
  function saveFrom(card) {
    dom.context.value = state ? issueText(state) : '';
    dom.approach.value = card.text || '';
    dom.outcome.value = '';
    setError('');
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
      setError(t('knowledge.missing', { part: t(`knowledge.${missing[0]}`) }));
      dom[missing[0]].focus();
      return;
    }
    const { sessionId, token } = session();
    dom.save.disabled = true;
    try {
      await requestJson('POST', `/api/sessions/${encodeURIComponent(sessionId)}/knowledge`, body, token);
      show(dom.form, false);
      setText(dom.done, t('related.saved'));
      if (wanted) lookUp(wanted);
    } catch (error) {
      setError(error.message);
    } finally {
      dom.save.disabled = false;
    }
  });

  return { update, stored, saveFrom };
}
