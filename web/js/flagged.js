// The cards the coach read as advice, for the facilitator's eyes only (the server sends verdicts
// to the facilitator and the author, to nobody else). A flag is a prompt to listen, not a verdict
// on the person.
import { h, setText, show } from './dom.js';
import { participantById } from './session-state.js';
import { t } from './i18n.js';

/** The verdicts a facilitator is shown; their words are flagged.{verdict}. */
const FLAGS = new Set(['advice-in-disguise', 'advice']);

/** @param dom { panel, list, empty } */
export function createFlaggedView(dom) {
  let signature = '';

  function update(state, role) {
    const facilitating = role === 'facilitator';
    show(dom.panel, facilitating);
    if (!facilitating) return;
    const flagged = state.cards.filter((c) => FLAGS.has(c.verdict) && c.text != null);
    const rows = flagged.map((card) => ({
      id: card.id,
      flag: t(`flagged.${card.verdict}`),
      text: card.text,
      author: participantById(state, card.authorId)?.name || t('common.someoneWhoLeft'),
      phase: state.protocol.phases.find((p) => p.id === card.phaseId)?.name || '',
    }));
    const next = JSON.stringify(rows);
    if (next === signature) return;
    signature = next;
    show(dom.empty, rows.length === 0);
    dom.list.replaceChildren(...rows.map((row) => h('li', { class: 'flagged-card' },
      h('p', { class: 'flagged-kind' }, row.flag),
      h('blockquote', { class: 'flagged-text', lang: state.language || 'en' }, row.text),
      h('p', { class: 'flagged-meta' }, [t('board.by', { name: row.author }), row.phase].filter(Boolean).join(' · ')))));
    setText(dom.count, rows.length ? `(${rows.length})` : '');
  }

  return { update };
}
