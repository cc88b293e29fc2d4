// The floor for the facilitator: one bar per person with their share of the time holding the floor in
// turns (rounds and raised hands; presenting is shown apart and not in the balance), the top share,
// and a plain-words reading of how evenly it is spread. Shares say little over a few seconds, so they
// show once the floor has been held for a while.
import { h, reconcile, setText, show } from './dom.js';
import { balanceAt } from './session-state.js';
import { elapsed } from './floor.js';
import { t } from './i18n.js';

/**
 * The balance in words. One voice over half the floor is said plainly whatever the Gini says:
 * with few speakers the coefficient stays low even when one person does most of the talking.
 */
export function readBalance(gini, topShare, speakers) {
  if (speakers < 2) return t('balance.oneVoice');
  if (topShare > 0.5) return t('balance.overHalf');
  if (gini < 0.15) return t('balance.even');
  if (gini < 0.3) return t('balance.fairlyEven');
  if (gini < 0.5) return t('balance.few');
  return t('balance.most');
}

function percent(share) {
  return Math.round(share * 100);
}

/** Below this much time in turns, shares are noise ("100 % · 0:00"): only the times are shown. */
export const MEANINGFUL_MS = 30_000;

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
    const meaningful = balance.totalMs >= MEANINGFUL_MS;
    const people = state.participants.filter((p) => p.role !== 'observer'
      && (byId.get(p.id) > 0 || p.presentingMs > 0 || (p.role !== 'facilitator' && (p.online || p.attended))));
    const items = people.map((p) => {
      const ms = byId.get(p.id) ?? 0;
      const share = balance.totalMs > 0 ? ms / balance.totalMs : 0;
      const view = row(p.id);
      setText(view.name, p.name);
      const parts = meaningful ? [t('balance.percent', { share: percent(share) }), elapsed(ms)] : [elapsed(ms)];
      if (p.presentingMs > 0) parts.push(t('balance.presented', { time: elapsed(p.presentingMs) }));
      setText(view.value, parts.join(' · '));
      view.fill.style.width = meaningful ? `${(share * 100).toFixed(1)}%` : '0%';
      view.item.classList.toggle('is-speaking', p.id === state.turn.speakerId && state.turn.mode !== 'presenter');
      return view.item;
    });
    reconcile(dom.list, items);
    if (balance.totalMs === 0) {
      setText(dom.summary, t('balance.nobody'));
      setText(dom.reading, '');
    } else if (!meaningful) {
      setText(dom.summary, t('balance.justStarted'));
      setText(dom.reading, t('balance.sharesLater'));
    } else {
      setText(dom.summary, t('balance.top', { share: percent(balance.topShare) }));
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
