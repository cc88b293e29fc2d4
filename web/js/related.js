// In a group session: what the group already knows beside the issue at hand (entries from its
// knowledge base and earlier sessions that raised something similar), and "Save as an approach" from
// a card, which documents it in the group's knowledge with this session as its source.
import { requestJson } from './api.js';
import { h, setText, show, showMessage } from './dom.js';
import { t } from './i18n.js';

/** When a page asks again for what is related to an issue, after it appeared: see update(). */
const ASK_AGAIN_MS = [1000, 3000];

/**
 * @param dom { panel, status, list, issuesHeading, issues, form, context, approach, outcome, error,
 *              save, cancel, done }
 * @param session () → { sessionId, token }
 */
export function createRelated(dom, session) {
  let asking = 0; // the number of the last question asked: only its answer counts
  let shown = null; // what the list shows, as the answer it came from
  let wanted = ''; // the issue text on the board now
  let wantedAt = 0; // the seq from which the board shows it
  let askedStored = ''; // the issue text last looked up once this page knew it stored
  let again = []; // the timers of the asks still to come for `wanted`
  let state = null;

  const issueText = (s) => s.cards.filter((c) => c.kind === 'issue' && typeof c.text === 'string')
    .map((c) => c.text).join('\n');

  /** @param quietly true when asking again: the list stays as it is unless the answer changed */
  async function lookUp(quietly = false) {
    asking += 1;
    const question = asking;
    const { sessionId, token } = session();
    if (!quietly) setText(dom.status, t('related.looking'));
    try {
      const related = await requestJson('GET', `/api/sessions/${encodeURIComponent(sessionId)}/related`, undefined, token);
      if (question !== asking) return;
      const entries = (related && related.entries) || [];
      const earlier = (related && related.sessions) || [];
      setText(dom.status, entries.length || earlier.length ? '' : t('related.nothing'));
      const answer = JSON.stringify([entries, earlier]);
      if (answer === shown) return;
      shown = answer;
      dom.list.replaceChildren(...entries.map((entry) => h('li', { class: 'knowledge-entry' },
        h('dl', { class: 'knowledge-parts' },
          h('dt', {}, t('knowledge.context')), h('dd', {}, entry.context),
          h('dt', {}, t('knowledge.approach')), h('dd', {}, entry.approach),
          h('dt', {}, t('knowledge.outcome')), h('dd', {}, entry.outcome)))));
      dom.issues.replaceChildren(...earlier.map((s) => h('li', {}, h('span', { class: 'related-title' }, s.title || t('related.earlierSession')),
        s.issue ? h('span', { class: 'hint' }, ` · ${t('announce.quoted', { text: s.issue })}`) : null)));
      show(dom.issuesHeading, earlier.length > 0);
      show(dom.issues, earlier.length > 0);
    } catch (error) {
      if (question === asking) setText(dom.status, t('related.failed', { message: error.message }));
    }
  }

  /**
   * The search reads what is stored, and a page shows an event before it is committed, so an answer
   * asked for the moment an issue appears may not know it yet. Only the author's page hears when it
   * is stored (the server sends `durable` only to connections waiting for their own commands; see
   * stored()); everyone else's would never ask again. So every page asks when the issue appears and
   * quietly asks again ASK_AGAIN_MS later, by when it is stored but for a very slow database.
   *
   * @param seq the last event seq the state includes
   */
  function update(next, seq = wantedAt) {
    state = next;
    const inGroup = Boolean(state.groupId);
    const text = inGroup ? issueText(state) : '';
    show(dom.panel, inGroup && (Boolean(text) || !dom.form.hidden));
    if (text === wanted) return;
    wanted = text;
    wantedAt = seq;
    again.forEach(clearTimeout);
    again = [];
    if (!text) return;
    lookUp();
    again = ASK_AGAIN_MS.map((ms) => setTimeout(() => lookUp(true), ms));
  }

  /** This page's own changes are stored up to `durableSeq`: when that covers the issue, ask once more. */
  function stored(durableSeq) {
    if (wanted && wanted !== askedStored && durableSeq >= wantedAt) {
      askedStored = wanted;
      lookUp(true);
    }
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
      showMessage(dom.error, t('knowledge.missing', { part: t(`knowledge.${missing[0]}`) }));
      dom[missing[0]].focus();
      return;
    }
    const { sessionId, token } = session();
    dom.save.disabled = true;
    try {
      await requestJson('POST', `/api/sessions/${encodeURIComponent(sessionId)}/knowledge`, body, token);
      show(dom.form, false);
      setText(dom.done, t('related.saved'));
      if (wanted) lookUp();
    } catch (error) {
      showMessage(dom.error, error.message);
    } finally {
      dom.save.disabled = false;
    }
  });

  return { update, stored, saveFrom };
}
