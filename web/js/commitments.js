// The session's commitments: every commitment card on the board, with the person who made it.
import { h, setText, show } from './dom.js';
import { participantById } from './session-state.js';

/** @param dom { panel, list, count } */
export function createCommitmentsView(dom) {
  let signature = '';

  function update(state, me) {
    const commitments = state.cards.filter((c) => c.kind === 'commitment');
    const rows = commitments.map((card) => {
      const owner = participantById(state, card.authorId);
      return {
        id: card.id,
        owner: card.authorId === me ? `${owner ? owner.name : 'You'} (you)` : owner ? owner.name : 'Someone who left',
        text: card.hidden && card.text == null ? null : card.text,
        draft: Boolean(card.hidden),
      };
    });
    const next = JSON.stringify(rows);
    if (next === signature) return;
    signature = next;
    show(dom.panel, rows.length > 0);
    dom.list.replaceChildren(...rows.map((row) => h('li', { class: 'commitment' },
      h('p', { class: 'commitment-owner' }, row.owner),
      h('p', { class: row.text == null ? 'commitment-text is-draft' : 'commitment-text' },
        row.text == null ? 'A private draft, shown when the drafts are revealed.' : row.text),
      row.draft && row.text != null ? h('p', { class: 'hint' }, 'Private draft: only you see it until the drafts are revealed.') : null)));
    setText(dom.count, rows.length === 1 ? '1 commitment' : `${rows.length} commitments`);
  }

  return { update };
}
