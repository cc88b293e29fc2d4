// Airtime balance for the facilitator: one bar per person with their share of the floor, the top
// speaker's share, and a plain-words reading of how evenly the talk is spread.
import { h, reconcile, setText, show } from './dom.js';
import { balanceAt } from './session-state.js';
import { elapsed } from './floor.js';

/**
 * The balance in words. One voice over half the floor is said plainly whatever the Gini says:
 * with few speakers the coefficient stays low even when one person does most of the talking.
 */
export function readBalance(gini, topShare, speakers) {
  if (speakers < 2) return 'Only one voice so far; the balance shows once more people have spoken.';
  if (topShare > 0.5) return 'One voice holds more than half of the floor; consider inviting the others in.';
  if (gini < 0.15) return 'The floor is shared evenly.';
  if (gini < 0.3) return 'The floor is shared fairly evenly.';
  if (gini < 0.5) return 'A few voices carry more of the talk than the rest.';
  return 'One or two voices carry most of the talk; consider inviting the quieter ones in.';
}

function percent(share) {
  return Math.round(share * 100);
}

/**
 * @param dom { panel, summary, reading, list }
 * @param now () → the server's time in ms
 */
export function createBalanceView(dom, now) {
  const rows = new Map(); // participant id → { item, name, fill, value }
  let state = null;
  let visible = false;

  function row(id) {
    if (rows.has(id)) return rows.get(id);
    const name = h('span', { class: 'balance-name' });
    const value = h('span', { class: 'balance-value' });
    const fill = h('span', { class: 'balance-fill' });
    const item = h('li', { class: 'balance-row' },
      h('span', { class: 'balance-label' }, name, value),
      h('span', { class: 'balance-bar', 'aria-hidden': 'true' }, fill));
    const view = { item, name, value, fill };
    rows.set(id, view);
    return view;
  }

  function render() {
    if (!state || !visible) return;
    const balance = balanceAt(state, now());
    const byId = new Map(balance.speakers.map((entry) => [entry.participant.id, entry.ms]));
    const people = state.participants.filter((p) => p.role !== 'observer' && (p.online || byId.get(p.id) > 0 || p.attended));
    const items = people.map((p) => {
      const ms = byId.get(p.id) ?? 0;
      const share = balance.totalMs > 0 ? ms / balance.totalMs : 0;
      const view = row(p.id);
      setText(view.name, p.name);
      setText(view.value, balance.totalMs > 0 ? `${percent(share)}% · ${elapsed(ms)}` : '0%');
      view.fill.style.width = `${(share * 100).toFixed(1)}%`;
      view.item.classList.toggle('is-speaking', p.id === state.turn.speakerId);
      return view.item;
    });
    reconcile(dom.list, items);
    if (balance.totalMs === 0) {
      setText(dom.summary, 'Nobody has held the floor yet.');
      setText(dom.reading, '');
    } else {
      setText(dom.summary, `Top speaker: ${percent(balance.topShare)}% of the floor`);
      setText(dom.reading, readBalance(balance.gini, balance.topShare, balance.speakers.filter((s) => s.ms > 0).length));
    }
  }

  function update(next, role) {
    state = next;
    visible = role === 'facilitator';
    show(dom.panel, visible);
    render();
  }

  // The running turn keeps adding airtime; a slow refresh is enough for bars.
  setInterval(render, 2000);
  return { update };
}
