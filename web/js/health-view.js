// The group's health as its members see it: the signals in plain words, two small charts (follow-up
// rate and the top speaker's share of the floor, session by session) and the figures in a table,
// which is also what a screen reader reads instead of the charts.
import { h, setText, show } from './dom.js';
import { percent, shareChart } from './health-chart.js';

const SHORT_DATE = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });
const LONG_DATE = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'long', day: 'numeric' });

function shortDate(ms) {
  return SHORT_DATE.format(new Date(ms));
}

function longDate(ms) {
  return LONG_DATE.format(new Date(ms));
}

function isOpen(session) {
  return session.endedAt === null || session.endedAt === undefined;
}

function followUpText(session) {
  const { broughtIn, reported } = session.followUp;
  if (!broughtIn) return 'nothing to follow up';
  return `${reported} of ${broughtIn} reported${isOpen(session) ? ' so far' : ''}`;
}

function insightsText(session) {
  const { knowledge, takeaways } = session.newInsights;
  const parts = [];
  if (takeaways) parts.push(takeaways === 1 ? '1 takeaway' : `${takeaways} takeaways`);
  if (knowledge) parts.push(knowledge === 1 ? '1 knowledge entry' : `${knowledge} knowledge entries`);
  return parts.length ? parts.join(', ') : 'none';
}

function airtimeText(session) {
  return session.airtime.totalMs > 0 ? percent(session.airtime.topShare) : 'nobody held the floor';
}

const EMPTY = 'Health shows after the group\'s first session.';

/**
 * The words beside the charts when no signal is raised. They never contradict the charts: a session
 * above the line is named as such, with how far it is from being a signal.
 */
export function calmText(sessions, rules) {
  const judged = sessions.filter((s) => !isOpen(s) && s.airtime.totalMs > 0
    && s.attendance.attended >= (rules.minVoices || 3));
  const above = judged.filter((s) => s.airtime.topShare > rules.dominantShare);
  if (above.length === 0) {
    return 'Nothing stands out: the group follows up, keeps what it learns, and shares the floor and the facilitation.';
  }
  const run = rules.dominantRun || 3;
  return `${above.length === 1 ? 'One session' : `${above.length} sessions`} on the chart had one voice above `
    + `${percent(rules.dominantShare)} of the time in turns (${above.map((s) => shortDate(s.createdAt)).join(', ')}). `
    + `It becomes a signal when that happens in ${run} sessions in a row; worth watching, nothing more yet.`;
}

/** @param dom { signals, calm, charts, followChart, airtimeChart, table, rows, empty } */
export function createHealthView(dom) {
  function render(health) {
    const sessions = health.sessions || [];
    const rules = health.rules || { dominantShare: 0.4 };
    show(dom.empty, sessions.length === 0);
    setText(dom.empty, EMPTY);
    show(dom.charts, sessions.length > 0);
    show(dom.table, sessions.length > 0);

    const signals = health.signals || [];
    dom.signals.replaceChildren(...signals.map((signal) => h('li', { class: 'signal', 'data-code': signal.code },
      h('p', {}, signal.message))));
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
        note: isOpen(p.session) ? 'still going' : null,
      })), {
        title: 'Follow-up rate per session',
        description: followed
          ? 'The share of the commitments brought into each session that were reported on in it.'
          : 'No session has had commitments to follow up yet.',
        missing: 'no commitments were brought in',
      },
    ));
    dom.airtimeChart.replaceChildren(shareChart(
      points.map((p) => ({
        label: p.label,
        long: p.long,
        value: isOpen(p.session) || p.session.airtime.totalMs === 0 ? null : p.session.airtime.topShare,
        note: isOpen(p.session) ? 'still going' : null,
        // With fewer voices than this in the room, one of them always holds a large share.
        judged: p.session.attendance.attended >= (rules.minVoices || 3),
      })), {
        title: "The top speaker's share of the time in turns per session",
        description: `How much of the time in rounds and from the queue the person who spoke most held (presenting is`
          + ` left out); the dashed line marks ${percent(rules.dominantShare)}.`,
        threshold: rules.dominantShare,
        thresholdLabel: percent(rules.dominantShare),
        missing: 'nobody held the floor',
      },
    ));

    dom.rows.replaceChildren(...sessions.slice().reverse().map((s) => h('tr', {},
      h('th', { scope: 'row' }, h('span', { class: 'health-title' }, s.title), h('span', { class: 'hint' }, longDate(s.createdAt),
        isOpen(s) ? ' · still going' : '')),
      h('td', { class: 'num' }, `${s.attendance.attended} of ${s.attendance.members}`),
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
