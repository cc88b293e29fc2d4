// The read-only recap page, at /recap/{token} for whoever holds a recap link, and at /s/{id}/recap
// for the people who were there (their place in the session, kept in this browser) and the members of
// the session's group (?group={groupId}, with their member key). It shows the recap per phase, with
// attendance and commitments; Markdown and JSON copies are made here in the browser.
//
// A recap is read in the language its session was held in (the reader may pick another with the
// picker, which the address then keeps), and its Markdown file is always in the session's language.
import { REPORT_PARTS, dueDay, reportPartLabel, statusLabel } from './commitment-format.js';
import { askedInAddress, t, useLanguage, wordsIn } from './i18n.js';
import { mountLanguagePickers } from './language-picker.js';
import { kindLabel } from './kinds.js';
import { requestJson } from './api.js';
import { groups, sessions } from './credentials.js';
import { h, setText, show } from './dom.js';
import { roleLabel } from './people.js';
import {
  attended, authorOf, duration, fileName, organise, reactionCount, toMarkdown, when,
} from './recap-format.js';

const $ = (id) => document.getElementById(id);
const byLink = window.location.pathname.match(/^\/recap\/([^/]+)\/?$/);
const bySession = window.location.pathname.match(/^\/s\/([^/]+)\/recap\/?$/);
let recap = null;

/** Where the recap comes from, and with which key; null when this page has no way to it. */
function source() {
  if (byLink) return { url: `/api/recaps/${encodeURIComponent(decodeURIComponent(byLink[1]))}`, token: null };
  if (!bySession) return null;
  const sessionId = decodeURIComponent(bySession[1]);
  const groupId = new URLSearchParams(window.location.search).get('group');
  const kept = groupId ? groups.load(groupId) : sessions.load(sessionId);
  return kept && kept.token ? { url: `/api/sessions/${encodeURIComponent(sessionId)}/recap`, token: kept.token } : null;
}

function showOnly(id) {
  for (const section of ['recap-loading', 'recap-missing', 'recap-failed', 'recap']) show($(section), section === id);
}

function cardItem(card, people, showColumn) {
  const count = reactionCount(card);
  const meta = [t('board.by', { name: authorOf(card, people) })];
  if (showColumn && card.column) meta.push(card.column);
  return h('li', { class: 'card', 'data-kind': card.kind },
    h('div', { class: 'card-head' }, h('span', { class: 'card-kind' }, kindLabel(card.kind))),
    h('p', { class: 'card-text', lang: recap.language || 'en' }, card.text ?? ''),
    h('p', { class: 'card-meta' }, meta.join(' · '),
      count > 0 ? h('span', { class: 'react-summary' }, ` · ${t('recap.resonates', { count })}`) : null));
}

/** Whose commitment, what it is, where it stands, when it is due, and how it went if reported back. */
function commitmentItem(c) {
  const report = c.report || null;
  return h('li', { class: 'commitment', 'data-status': c.status },
    h('div', { class: 'commitment-head' },
      h('p', { class: 'commitment-owner' }, c.ownerName),
      h('span', { class: 'visually-hidden' }, ', '),
      h('span', { class: 'commitment-status' }, statusLabel(c.status))),
    h('p', { class: 'commitment-text' }, c.text ?? ''),
    c.dueDate ? h('p', { class: 'commitment-due' }, t('commitments.due'), h('time', { datetime: c.dueDate }, dueDay(c.dueDate))) : null,
    report ? REPORT_PARTS.filter((key) => report[key]).map((key) => h('p', { class: 'report-text' },
      h('span', { class: 'report-label' }, t('report.partLine', { label: reportPartLabel(key) })), report[key])) : null);
}

function render() {
  const {
    participants, people, sections, commitments, made, earlier,
  } = organise(recap);
  const cards = Array.isArray(recap.cards) ? recap.cards : [];
  document.title = t('recap.titleOf', { title: recap.title || t('recap.session') });
  setText($('recap-title'), recap.title || t('recap.untitled'));
  setText($('recap-protocol'), recap.protocol && recap.protocol.name ? recap.protocol.name : '');
  setText($('recap-facts'), when(recap));

  const present = participants.filter((p) => attended(p, cards));
  setText($('attendance-summary'), t('recap.attendedSummary', { present: present.length, count: participants.length }));
  $('attendance-rows').replaceChildren(...participants.map((p) => {
    const came = attended(p, cards);
    return h('tr', { class: came ? '' : 'is-absent' },
      h('th', { scope: 'row' }, p.name),
      h('td', {}, roleLabel(p.role || 'participant')),
      h('td', {}, came ? t('recap.yes') : t('recap.no')),
      h('td', { class: 'num' }, came ? duration(p.airtimeMs) : '—'));
  }));

  $('recap-phases').replaceChildren(...sections.map((section, i) => {
    const headingId = `phase-${i + 1}`;
    let body;
    if (section.cards.length === 0) {
      body = h('p', { class: 'recap-empty' }, t('recap.noCardsInPhase'));
    } else if (section.columns) {
      body = h('div', { class: 'recap-columns' }, section.columns.map((column, j) => {
        const columnId = `${headingId}-column-${j + 1}`;
        return h('section', { class: 'board-column', 'aria-labelledby': columnId },
          h('h3', { id: columnId, class: 'column-title' }, column.name || t('board.noColumn')),
          h('ol', { class: 'cards' }, column.cards.map((card) => cardItem(card, people, false))));
      }));
    } else {
      body = h('ol', { class: 'cards' }, section.cards.map((card) => cardItem(card, people, true)));
    }
    return h('section', { class: 'recap-section', 'aria-labelledby': headingId },
      h('h2', { id: headingId }, section.phase.name), body);
  }));

  $('recap-commitments').replaceChildren(...made.map(commitmentItem));
  $('recap-earlier-commitments').replaceChildren(...earlier.map(commitmentItem));
  show($('recap-commitments-made'), made.length > 0);
  show($('recap-commitments-earlier'), earlier.length > 0);
  show($('recap-no-commitments'), commitments.length === 0);
  showOnly('recap');
}

/** Hands the browser a file made here: a Blob behind a temporary link, clicked once, then let go. */
function download(content, type, name) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = h('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

async function load() {
  const from = source();
  if (!from) {
    // Nothing here has ever opened this recap: "no longer works", or asking for a "new" link, would be untrue.
    if (bySession) setText($('missing-heading'), t('recap.noPlaceHeading'));
    show($('ask-again'), !bySession);
    setText($('missing-text'), bySession ? t('recap.noPlace') : t('recap.noRecap'));
    showOnly('recap-missing');
    return;
  }
  showOnly('recap-loading');
  try {
    recap = await requestJson('GET', from.url, undefined, from.token);
    if (!askedInAddress() && recap.language) {
      await useLanguage(recap.language);
      mountLanguagePickers({ inAddress: true });
    }
  } catch (error) {
    if (error.status === 404 || error.status === 410 || error.status === 403) {
      showOnly('recap-missing');
    } else {
      setText($('failed-text'), error.message);
      showOnly('recap-failed');
    }
    return;
  }
  render();
}

$('download-markdown').addEventListener('click', async () => {
  if (!recap) return;
  const words = await wordsIn(recap.language || 'en');
  download(toMarkdown(recap, words), 'text/markdown;charset=utf-8', fileName(recap, 'md'));
});
$('download-json').addEventListener('click', () => {
  if (recap) download(`${JSON.stringify(recap, null, 2)}\n`, 'application/json;charset=utf-8', fileName(recap, 'json'));
});
$('print-recap').addEventListener('click', () => window.print());
$('recap-retry').addEventListener('click', load);

mountLanguagePickers({ inAddress: true });
load();
