// The recap read as a document: grouped per phase, with attendance and commitments, and written
// out as Markdown. Pure functions, shared by the page and its downloads. Each takes the words to use
// (a t() of i18n.js, the page's by default): the Markdown file is always written in the session's
// language, whatever language the page is read in.
import { REPORT_PARTS, broughtIn, reportPartLabel, statusLabel } from './commitment-format.js';
import { dateFormat, t } from './i18n.js';
import { kindLabel } from './kinds.js';

/** How many people a card resonated with: the server sends the ids (or, in older recaps, a count). */
export function reactionCount(card) {
  if (Array.isArray(card.reactions)) return card.reactions.length;
  return typeof card.reactions === 'number' ? card.reactions : 0;
}

const pad = (n) => String(n).padStart(2, '0');

export function duration(ms, words = t) {
  const total = Math.max(0, Math.round((ms || 0) / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  if (hours > 0) return words('recap.hours', { hours, minutes: pad(minutes) });
  if (minutes > 0) return words('recap.minutes', { minutes, seconds: pad(seconds) });
  return words('recap.seconds', { seconds });
}

export function formatDay(ms, words = t) {
  return localised(ms, { dateStyle: 'long' }, words, 0, 10);
}

export function formatTime(ms, words = t) {
  return localised(ms, { timeStyle: 'short' }, words, 11, 16);
}

/**
 * `ms` in the language of `words`, or the part of its ISO form from `from` to `to` where Intl
 * cannot; '' for no time.
 */
function localised(ms, style, words, from, to) {
  if (typeof ms !== 'number') return '';
  try {
    return dateFormat(style, words.language).format(new Date(ms));
  } catch {
    return new Date(ms).toISOString().slice(from, to);
  }
}

/** "12 March 2026, 10:00–11:25", or with "still running" when the session has not ended. */
export function when(recap, words = t) {
  const day = formatDay(recap.createdAt, words);
  const from = formatTime(recap.createdAt, words);
  if (typeof recap.endedAt !== 'number') return words('recap.running', { day, from });
  const sameDay = formatDay(recap.endedAt, words) === day;
  return sameDay ? words('recap.sameDay', { day, from, to: formatTime(recap.endedAt, words) })
    : words('recap.days', { day, from, endDay: formatDay(recap.endedAt, words), to: formatTime(recap.endedAt, words) });
}

/**
 * The recap organised for reading: each phase with its cards (and columns when the cards have
 * them), cards of phases the protocol no longer lists at the end, people by id.
 */
export function organise(recap, words = t) {
  const participants = Array.isArray(recap.participants) ? recap.participants : [];
  const phases = Array.isArray(recap.phases) ? recap.phases : [];
  const cards = Array.isArray(recap.cards) ? recap.cards : [];
  const people = new Map(participants.map((p) => [p.id, p]));
  const known = new Set(phases.map((p) => p.id));
  const sections = phases.map((phase) => ({ phase, cards: cards.filter((c) => c.phaseId === phase.id) }));
  const stray = cards.filter((c) => !known.has(c.phaseId));
  if (stray.length) sections.push({ phase: { id: '', name: words('recap.otherCards'), kind: '' }, cards: stray });
  for (const section of sections) {
    const names = [];
    for (const card of section.cards) if (card.column && !names.includes(card.column)) names.push(card.column);
    section.columns = names.length
      ? [...names, null].map((name) => ({ name, cards: section.cards.filter((c) => (c.column || null) === name) }))
        .filter((column) => column.cards.length > 0)
      : null;
  }
  const commitments = (Array.isArray(recap.commitments) ? recap.commitments : []).map((c) => ({
    ...c,
    status: c.status || 'open',
    ownerName: c.ownerName || people.get(c.ownerId)?.name || cards.find((card) => card.id === c.id)?.authorName || words('common.someone'),
  }));
  // Made here, or brought along from an earlier meeting of the group (and perhaps reported back on here).
  const made = commitments.filter((c) => !broughtIn(c, recap.sessionId));
  const earlier = commitments.filter((c) => broughtIn(c, recap.sessionId));
  return { participants, people, sections, commitments, made, earlier };
}

export function authorOf(card, people, words = t) {
  return card.authorName || people.get(card.authorId)?.name || words('common.someoneLower');
}

/** Attended: what the server says, or (from servers that do not say) whether they spoke or wrote. */
export function attended(participant, cards) {
  if (typeof participant.attended === 'boolean') return participant.attended;
  return (participant.airtimeMs || 0) > 0 || cards.some((c) => c.authorId === participant.id);
}

// Markdown: a file, but viewers may render HTML inside it, so what people wrote is escaped and shows
// as they typed it; each card's text stays inside its list item.
function indent(text) {
  const escaped = String(text ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return escaped.replace(/\r\n?/g, '\n').split('\n').join('\n  ');
}

function cardLine(card, people, words) {
  const count = reactionCount(card);
  const column = card.column ? ` [${card.column}]` : '';
  const resonates = count > 0 ? ` (${words('recap.resonates', { count })})` : '';
  return `- **${kindLabel(card.kind, words)}**${column}: ${indent(card.text)} — ${authorOf(card, people, words)}${resonates}`;
}

/** A commitment as a list item: whose, what, its status and due day, and the report-back if any. */
function commitmentLines(c, words) {
  const extra = [statusLabel(c.status, words), c.dueDate ? words('recap.dueOn', { date: c.dueDate }) : null].filter(Boolean);
  const lines = [`- **${indent(c.ownerName)}**: ${indent(c.text)} (${extra.join(', ')})`];
  const report = c.report || null;
  for (const key of REPORT_PARTS) {
    if (report && report[key]) lines.push(`  - ${reportPartLabel(key, words)}: ${indent(report[key]).replace(/\n {2}/g, '\n    ')}`);
  }
  return lines;
}

export function toMarkdown(recap, words = t) {
  const {
    participants, people, sections, commitments, made, earlier,
  } = organise(recap, words);
  const cards = Array.isArray(recap.cards) ? recap.cards : [];
  const lines = [];
  lines.push(`# ${recap.title || words('recap.untitled')}`, '');
  lines.push(`${recap.protocol && recap.protocol.name ? recap.protocol.name : words('recap.session')} · ${when(recap, words)}`, '');
  lines.push(`## ${words('recap.attendance')}`, '');
  for (const p of participants) {
    const presence = attended(p, cards) ? words('recap.heldFloor', { time: duration(p.airtimeMs, words) }) : words('recap.absent');
    lines.push(`- ${words(p.role === 'facilitator' ? 'recap.personFacilitator' : 'recap.person', { name: p.name, presence })}`);
  }
  lines.push('');
  for (const section of sections) {
    lines.push(`## ${section.phase.name}`, '');
    if (section.cards.length === 0) {
      lines.push(`_${words('recap.noCards')}_`, '');
      continue;
    }
    if (section.columns) {
      for (const column of section.columns) {
        lines.push(`### ${column.name || words('board.noColumn')}`, '');
        for (const card of column.cards) lines.push(cardLine({ ...card, column: null }, people, words));
        lines.push('');
      }
    } else {
      for (const card of section.cards) lines.push(cardLine(card, people, words));
      lines.push('');
    }
  }
  lines.push(`## ${words('commitments.heading')}`, '');
  if (commitments.length === 0) lines.push(`_${words('commitments.noneMade')}_`, '');
  for (const [title, list] of [[words('commitments.todayHeading'), made], [words('recap.earlierHeading'), earlier]]) {
    if (list.length === 0) continue;
    lines.push(`### ${title}`, '');
    for (const c of list) lines.push(...commitmentLines(c, words));
    lines.push('');
  }
  return lines.join('\n');
}

/** A calm file name: the title in lower case with hyphens, and the day. */
export function fileName(recap, extension) {
  const slug = String(recap.title || 'session')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'session';
  const day = typeof recap.createdAt === 'number' ? new Date(recap.createdAt).toISOString().slice(0, 10) : 'recap';
  return `recap-${slug}-${day}.${extension}`;
}
