// The group's health as its members see it: the signals in plain words, two small charts (follow-up
// rate and the top speaker's share of the floor, session by session) and the figures in a table,
// which is also what a screen reader reads instead of the charts.
import { h, setText, show } from './dom.js';
import { percent, shareChart } from './health-chart.js';
import { dateFormat, t } from './i18n.js';

function shortDate(ms) {
  return dateFormat({ month: 'short', day: 'numeric' }).format(new Date(ms));
}

function longDate(ms) {
  return dateFormat({ year: 'numeric', month: 'long', day: 'numeric' }).format(new Date(ms));
}

function isOpen(session) {
  return session.endedAt === null || session.endedAt === undefined;
}

function followUpText(session) {
  const { broughtIn, reported } = session.followUp;
  if (!broughtIn) return t('health.nothingToFollow');
  return t(isOpen(session) ? 'health.reportedSoFar' : 'health.reported', { reported, count: broughtIn });
}

function insightsText(session) {
  const { knowledge, takeaways } = session.newInsights;
  const parts = [];
  if (takeaways) parts.push(t('health.takeaways', { count: takeaways }));
  if (knowledge) parts.push(t('health.entries', { count: knowledge }));
  return parts.length ? parts.join(', ') : t('health.noInsights');
}

function airtimeText(session) {
  return session.airtime.totalMs > 0 ? percent(session.airtime.topShare) : t('health.nobodyHeld');
}

/** A signal in the page's language, from its code and the number it speaks of; the server's words for a code this page does not know. */
function signalText(signal, rules) {
  const key = `health.signal.${signal.code}`;
  const words = t(key, { count: signal.count || 0, share: percent(rules.dominantShare || 0.4) });
  return words === key ? signal.message : words;
}

/**
 * The words beside the charts when no signal is raised. They never contradict the charts: a session
 * above the line is named as such, with how far it is from being a signal.
 */
export function calmText(sessions, rules) {
  const judged = sessions.filter((s) => !isOpen(s) && s.airtime.totalMs > 0
    && s.attendance.attended >= (rules.minVoices || 3));
  const above = judged.filter((s) => s.airtime.topShare > rules.dominantShare);
  if (above.length === 0) return t('health.calm');
  return t('health.above', {
    count: above.length, share: percent(rules.dominantShare), dates: above.map((s) => shortDate(s.createdAt)).join(', '),
  }) + ' ' + t('health.aboveRun', { count: rules.dominantRun || 3 });
}

/** @param dom { signals, calm, charts, followChart, airtimeChart, table, rows, empty } */
export function createHealthView(dom) {
  function render(health) {
    const sessions = health.sessions || [];
    const rules = health.rules || { dominantShare: 0.4 };
    show(dom.empty, sessions.length === 0);
    setText(dom.empty, t('health.empty'));
    show(dom.charts, sessions.length > 0);
    show(dom.table, sessions.length > 0);

    const signals = health.signals || [];
    dom.signals.replaceChildren(...signals.map((signal) => h('li', { class: 'signal', 'data-code': signal.code },
      h('p', {}, signalText(signal, rules)))));
    show(dom.signals, signals.length > 0);
    show(dom.calm, sessions.length > 0 && signals.length === 0);
    setText(dom.calm, calmText(sessions, rules));

    const points = sessions.map((s) => ({ session: s, label: shortDate(s.createdAt), long: `${s.title}, ${longDate(s.createdAt)}` }));
    const followed = points.filter((p) => p.session.followUp.rate !== null).length;
    // A session still going has no final figure yet: it is drawn as a gap, like a session with none.
    dom.followChart.replaceChildren(shareChart(
      points.map((p) => ({
        label: p.label,
        long: p.long,
        value: isOpen(p.session) ? null : p.session.followUp.rate,
        note: isOpen(p.session) ? t('health.stillGoing') : null,
      })), {
        title: t('health.followUpTitle'),
        description: followed ? t('health.followUpDescription') : t('health.followUpNone'),
        missing: t('health.noneBroughtIn'),
      },
    ));
    dom.airtimeChart.replaceChildren(shareChart(
      points.map((p) => ({
        label: p.label,
        long: p.long,
        value: isOpen(p.session) || p.session.airtime.totalMs === 0 ? null : p.session.airtime.topShare,
        note: isOpen(p.session) ? t('health.stillGoing') : null,
        // With fewer voices than this in the room, one of them always holds a large share.
        judged: p.session.attendance.attended >= (rules.minVoices || 3),
      })), {
        title: t('health.airtimeTitle'),
        description: t('health.airtimeDescription', { share: percent(rules.dominantShare) }),
        threshold: rules.dominantShare,
        thresholdLabel: percent(rules.dominantShare),
        missing: t('health.nobodyHeld'),
      },
    ));

    dom.rows.replaceChildren(...sessions.slice().reverse().map((s) => h('tr', {},
      h('th', { scope: 'row' }, h('span', { class: 'health-title' }, s.title), h('span', { class: 'hint' }, longDate(s.createdAt),
        isOpen(s) ? ` · ${t('health.stillGoing')}` : '')),
      h('td', { class: 'num' }, t('health.attendance', { attended: s.attendance.attended, count: s.attendance.members })),
      h('td', { class: 'num' }, airtimeText(s)),
      h('td', {}, followUpText(s)),
      h('td', {}, insightsText(s)),
      h('td', {}, s.facilitators.map((f) => f.name).join(', ') || '–'))));
  }

  function failed(message) {
    show(dom.charts, false);
    show(dom.table, false);
    show(dom.signals, false);
    show(dom.calm, false);
    show(dom.empty, true);
    setText(dom.empty, message);
  }

  return { render, failed };
}
