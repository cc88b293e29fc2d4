// The group page (/g/{groupId}): an invite holder reads the agreement and joins; a member sees the
// members, the next session (and starts it), the group's sessions (joins the open ones, reads the
// recap of the others), open commitments and recent reports, the knowledge base (search it, add to
// it), the topics backlog and the group's health. The sessions keep up by themselves: a session
// someone starts shows up within REFRESH_MS without a reload.
import { ApiError, requestJson } from './api.js';
import { textRefused } from './checked-form.js';
import { flagField, h, setOptions, setText, show, showMessage } from './dom.js';
import { groups } from './credentials.js';
import { createHealthView } from './health-view.js';
import { createKnowledgeView, knowledgeSearch } from './knowledge-view.js';
import { createTopicsView } from './topics-view.js';
import { statusLabel } from './commitment-format.js';
import { LANGUAGES, dateFormat, relativeTime, t } from './i18n.js';
import { fillLanguageChoices, mountLanguagePickers } from './language-picker.js';

const $ = (id) => document.getElementById(id);

const DAY_MS = 86_400_000;
const REFRESH_MS = 10_000;
const RECENT_SESSIONS = 8;
const RECENT_REPORTS = 6;

const match = window.location.pathname.match(/^\/g\/([^/]+)\/?$/);
const groupId = match ? decodeURIComponent(match[1]) : null;
let credential = groupId ? groups.adoptFragment(groupId) : null;
let group = null;

const sections = ['loading', 'failed', 'join', 'no-access', 'group'];
function only(id) {
  for (const section of sections) show($(section), section === id);
}

/** The page cannot open the group for the reason the message `key` gives. */
function noAccess(key) {
  setText($('no-access-text'), t(key));
  only('no-access');
}

function api(method, path, body) {
  return requestJson(method, path, body, credential && credential.token);
}

/** The address links use: the server's PUBLIC_URL when it has one, else this page's. */
function origin() {
  return (group && group.publicUrl) || window.location.origin;
}

function groupPath(suffix = '') {
  return `/api/groups/${encodeURIComponent(groupId)}${suffix}`;
}

function formatDate(ms) {
  return dateFormat({ weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' }).format(new Date(ms));
}

function languageName(code) {
  return (LANGUAGES.find((l) => l.code === code) || LANGUAGES[0]).name;
}

// ---- not a member yet: the agreement and the join form ----

async function showJoin() {
  let preview;
  try {
    preview = await requestJson('POST', groupPath('/preview'), { inviteCode: credential.inviteCode });
  } catch (error) {
    if (error instanceof ApiError && (error.status === 403 || error.status === 404)) noAccess('group.wrongInvite');
    else failed(error.message);
    return;
  }
  document.title = t('group.joinPageTitle', { name: preview.name });
  setText($('group-name'), preview.name);
  setText($('join-heading'), t('group.joinNamed', { name: preview.name }));
  setText($('join-intro'), preview.agreement ? t('group.invitedAgreement') : t('group.invited'));
  setText($('agreement-text'), preview.agreement || '');
  show($('agreement-block'), Boolean(preview.agreement));
  show($('accept-block'), Boolean(preview.agreement));
  $('join-terms').replaceChildren(
    h('li', {}, t('group.meetsEvery', { count: preview.cadenceDays })),
    h('li', {}, t(`group.policy.${preview.recordingPolicy || 'everything'}`)),
    h('li', {}, t('group.heldIn', { language: languageName(preview.language) })),
  );
  $('join-form').dataset.agreement = preview.agreement ? 'yes' : 'no';
  only('join');
  $('join-name').focus();
}

$('join-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const name = $('join-name');
  const accept = $('join-accept');
  const needsAgreement = $('join-form').dataset.agreement === 'yes';
  name.removeAttribute('aria-invalid');
  accept.removeAttribute('aria-invalid');
  if (textRefused(name, $('join-error'), t('group.problemName'))) return;
  if (needsAgreement && !accept.checked) {
    flagField(accept, $('join-error'), t('group.problemAccept'));
    return;
  }
  showMessage($('join-error'), '');
  $('join-button').disabled = true;
  $('join-form').setAttribute('aria-busy', 'true');
  try {
    const joined = await requestJson('POST', groupPath('/members'), {
      name: name.value.trim(),
      inviteCode: credential.inviteCode,
      acceptAgreement: needsAgreement ? accept.checked : false,
    });
    credential = groups.save(groupId, { ...credential, token: joined.token, memberId: joined.memberId });
    await showMember();
  } catch (error) {
    showMessage($('join-error'), error.message);
  } finally {
    $('join-button').disabled = false;
    $('join-form').removeAttribute('aria-busy');
  }
});

// ---- a member ----

function renderMembers() {
  const me = group.memberId;
  $('members-list').replaceChildren(...group.members.map((member) => h('li', { class: 'person member' },
    h('span', { class: 'person-name' }, member.name),
    member.id === me ? h('span', { class: 'badge' }, t('group.youBadge')) : null,
    member.keeper ? h('span', { class: 'badge badge-facilitator' }, t('group.keeperBadge')) : null)));
  setText($('members-count'), t('group.memberCount', { count: group.members.length }));
  const mine = group.members.find((m) => m.id === me);
  setText($('whoami'), !mine ? '' : t(mine.keeper ? 'group.whoamiKeeper' : 'group.whoami', { name: mine.name }));
  if (credential.inviteCode) {
    $('invite-link').value = `${origin()}/g/${encodeURIComponent(groupId)}#invite=${encodeURIComponent(credential.inviteCode)}`;
  }
  show($('invite-block'), Boolean(credential.inviteCode));
}

/** Sessions from the group itself when it lists them, else from the health figures (same order, oldest first). */
function knownSessions(health) {
  if (Array.isArray(group.sessions)) return group.sessions;
  return health ? health.sessions : [];
}

function renderNext(sessions) {
  const last = sessions.length ? sessions[sessions.length - 1] : null;
  const cadence = group.cadenceDays;
  if (!last) {
    setText($('next-when'), `${t('group.meetsEvery', { count: cadence })} ${t('group.noSessionYet')}`);
  } else {
    const next = last.createdAt + cadence * DAY_MS;
    setText($('next-when'), `${t('group.meetsEvery', { count: cadence })} ${t('group.lastAndNext', {
      last: formatDate(last.createdAt), next: formatDate(next), due: relativeTime(next),
    })}`);
  }
  const suggested = group.nextFacilitator;
  const name = suggested ? (typeof suggested === 'string' ? suggested : suggested.name) : null;
  const isMe = suggested && typeof suggested === 'object' && suggested.memberId === group.memberId;
  setText($('next-facilitator'), !name ? '' : t('group.suggested', { name: isMe ? t('group.youAre', { name }) : name }));
  show($('next-facilitator'), Boolean(name));
  if (!$('start-title').value) {
    $('start-title').value = `${group.name}, ${formatDate(Date.now())}`;
  }
}

/** The group lists one facilitator per session; the health figures everyone who held the role. */
function facilitatorOf(session) {
  if (session.facilitatorName) return session.facilitatorName;
  return Array.isArray(session.facilitators) ? session.facilitators.map((f) => f.name).join(', ') : '';
}

function renderSessions(sessions) {
  const recent = sessions.slice(-RECENT_SESSIONS).reverse();
  show($('sessions-empty'), recent.length === 0);
  $('sessions-list').replaceChildren(...recent.map((session) => {
    const open = session.endedAt === null || session.endedAt === undefined;
    const join = open ? h('button', {
      type: 'button',
      class: 'button-secondary',
      'aria-label': t('group.joinSessionLabel', { title: session.title }),
      onclick: (event) => joinSession(session, event.currentTarget),
    }, t('join.submit')) : h('a', {
      href: `/s/${encodeURIComponent(session.sessionId)}/recap?group=${encodeURIComponent(groupId)}`,
      'aria-label': t('group.recapLabel', { title: session.title }),
    }, t('group.recap'));
    return h('li', { class: open ? 'group-session is-open' : 'group-session' },
      h('span', { class: 'group-session-title' }, session.title),
      h('span', { class: 'hint' }, formatDate(session.createdAt),
        facilitatorOf(session) ? ` · ${t('group.facilitatedBy', { names: facilitatorOf(session) })}` : '',
        ` · ${open ? t('group.open') : t('group.ended')}`),
      join);
  }));
}

async function joinSession(session, button) {
  showMessage($('sessions-error'), '');
  button.disabled = true;
  try {
    const joined = await api('POST', `/api/sessions/${encodeURIComponent(session.sessionId)}/participants`, {});
    const fragment = new URLSearchParams({ token: joined.token, participant: joined.participantId });
    window.location.assign(`/s/${encodeURIComponent(session.sessionId)}#${fragment}`);
  } catch (error) {
    showMessage($('sessions-error'), error.message);
    button.disabled = false;
  }
}

function renderCommitments(history) {
  const open = history.filter((c) => c.status === 'open');
  show($('commitments-empty'), open.length === 0);
  $('open-commitments').replaceChildren(...open.map((c) => h('li', { class: 'commitment' },
    h('p', { class: 'commitment-owner' }, c.ownerId === group.memberId ? t('common.youName', { name: c.ownerName }) : c.ownerName),
    h('p', { class: 'commitment-text' }, c.text),
    c.dueDate ? h('p', { class: 'hint' }, t('commitments.due'), formatDate(Date.parse(`${c.dueDate}T12:00:00Z`))) : null)));

  const reports = history.flatMap((c) => c.reports.map((report) => ({ commitment: c, report })))
    .sort((a, b) => (b.report.at || 0) - (a.report.at || 0))
    .slice(0, RECENT_REPORTS);
  show($('reports-empty'), reports.length === 0);
  $('recent-reports').replaceChildren(...reports.map(({ commitment, report }) => h('li', { class: 'commitment report' },
    h('p', { class: 'commitment-owner' }, commitment.ownerName, ' · ', statusLabel(report.status)),
    h('p', { class: 'commitment-text' }, commitment.text),
    ['happened', 'tried', 'differently'].filter((key) => report[key]).map((key) => h('p', { class: 'report-text' },
      h('span', { class: 'report-label' }, t('report.partLine', { label: t(`report.part.${key}`) })), report[key])))));
}

const healthView = createHealthView({
  signals: $('health-signals'),
  calm: $('health-calm'),
  empty: $('health-empty'),
  charts: $('health-charts'),
  followChart: $('chart-follow-up'),
  airtimeChart: $('chart-airtime'),
  table: $('health-table'),
  rows: $('health-rows'),
});

let knowledge = null;

async function loadProtocols() {
  try {
    const protocols = (await requestJson('GET', `/api/protocols?lang=${encodeURIComponent($('start-language').value)}`)) || [];
    const chosen = $('start-protocol').value || group.defaultProtocol;
    setOptions($('start-protocol'), protocols.map((p) => ({ value: p.id, label: p.name })));
    if (protocols.some((p) => p.id === chosen)) $('start-protocol').value = chosen;
  } catch {
    setOptions($('start-protocol'), [{ value: group.defaultProtocol, label: group.defaultProtocol }]);
  }
}

async function showMember() {
  try {
    group = await api('GET', groupPath());
  } catch (error) {
    if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
      credential = groups.forgetToken(groupId);
      if (credential && credential.inviteCode) {
        await showJoin();
      } else {
        noAccess('group.keyGone');
      }
    } else {
      failed(error.message);
    }
    return;
  }
  document.title = t('group.titleOf', { name: group.name });
  setText($('group-name'), group.name);
  if (!$('start-language').dataset.filled) {
    fillLanguageChoices($('start-language'), group.language || 'en');
    $('start-language').dataset.filled = 'yes';
  }
  renderMembers();
  only('group');

  const [health, commitments] = await Promise.allSettled([
    api('GET', groupPath('/health')),
    api('GET', groupPath('/commitments')),
    loadProtocols(),
  ]);
  const sessions = knownSessions(health.status === 'fulfilled' ? health.value : null);
  sessionsSignature = JSON.stringify(group.sessions);
  renderNext(sessions);
  renderSessions(sessions);
  if (health.status === 'fulfilled') {
    healthView.render(health.value);
  } else {
    healthView.failed(t('health.failed', { message: health.reason.message }));
  }
  if (commitments.status === 'fulfilled') {
    renderCommitments(commitments.value || []);
  } else {
    show($('commitments-empty'), true);
    setText($('commitments-empty'), t('group.commitmentsFailed', { message: commitments.reason.message }));
  }
  topics.load(Boolean(group.members.find((m) => m.id === group.memberId && m.keeper)));
  scheduleRefresh();
  if (!knowledge) {
    knowledge = createKnowledgeView({
      form: $('knowledge-form'),
      input: $('knowledge-q'),
      status: $('knowledge-status'),
      results: $('knowledge-results'),
    }, knowledgeSearch(groupId, credential.token));
  }
  knowledge.run('');
}

// ---- keeping up: a session started elsewhere shows up here ----

let refreshTimer = null;
let sessionsSignature = '';

function scheduleRefresh() {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(refresh, REFRESH_MS);
}

async function refresh() {
  if (!groups.opens(credential) || !group) return;
  if (document.visibilityState === 'visible') {
    try {
      const fresh = await api('GET', groupPath());
      const signature = JSON.stringify(fresh.sessions);
      if (signature !== sessionsSignature) {
        sessionsSignature = signature;
        group = fresh;
        renderNext(fresh.sessions);
        renderSessions(fresh.sessions);
      }
    } catch {
      // the next round tries again
    }
  }
  scheduleRefresh();
}

const topics = createTopicsView({
  form: $('topic-form'),
  title: $('topic-title'),
  details: $('topic-details'),
  error: $('topic-error'),
  save: $('topic-save'),
  empty: $('topics-empty'),
  list: $('topics-list'),
  status: $('topics-status'),
}, api, groupPath);

// ---- documenting an approach between sessions ----

$('knowledge-add-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const fields = { context: $('entry-context'), approach: $('entry-approach'), outcome: $('entry-outcome') };
  const missing = Object.entries(fields).find(([, input]) => !input.value.trim());
  if (missing) {
    flagField(missing[1], $('entry-error'), t('knowledge.missing', { part: t(`knowledge.${missing[0]}`) }));
    return;
  }
  Object.values(fields).forEach((input) => input.removeAttribute('aria-invalid'));
  showMessage($('entry-error'), '');
  const body = Object.fromEntries(Object.entries(fields).map(([key, input]) => [key, input.value.trim()]));
  const tags = $('entry-tags').value.split(',').map((t) => t.trim()).filter(Boolean);
  if (tags.length) body.tags = tags;
  $('entry-save').disabled = true;
  try {
    await api('POST', groupPath('/knowledge'), body);
    Object.values(fields).forEach((input) => { input.value = ''; });
    $('entry-tags').value = '';
    $('knowledge-add').open = false;
    setText($('entry-status'), t('knowledge.added'));
    if (knowledge) knowledge.run('');
  } catch (error) {
    showMessage($('entry-error'), error.message);
  } finally {
    $('entry-save').disabled = false;
  }
});

$('start-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const title = $('start-title');
  title.removeAttribute('aria-invalid');
  if (textRefused(title, $('start-error'), t('start.problemTitle'))) return;
  showMessage($('start-error'), '');
  $('start-button').disabled = true;
  $('start-form').setAttribute('aria-busy', 'true');
  try {
    const body = { title: title.value.trim(), groupId, language: $('start-language').value };
    if ($('start-protocol').value) body.protocol = $('start-protocol').value;
    const created = await api('POST', '/api/sessions', body);
    window.location.assign(created.links.facilitator);
  } catch (error) {
    showMessage($('start-error'), error.message);
    $('start-button').disabled = false;
    $('start-form').removeAttribute('aria-busy');
  }
});

$('invite-copy').addEventListener('click', async () => {
  const input = $('invite-link');
  try {
    await navigator.clipboard.writeText(input.value);
    setText($('invite-status'), t('group.inviteCopied'));
  } catch {
    input.select();
    setText($('invite-status'), t('copy.byHand'));
  }
});

$('member-link-copy').addEventListener('click', async () => {
  const link = `${origin()}/g/${encodeURIComponent(groupId)}#${groups.fragment(credential)}`;
  try {
    await navigator.clipboard.writeText(link);
    setText($('device-status'), t('group.memberLinkCopied'));
  } catch {
    setText($('device-status'), t('group.copyFailed'));
  }
});

$('forget').addEventListener('click', () => {
  show($('forget-confirm'), true);
  $('forget-no').focus();
});

$('forget-no').addEventListener('click', () => {
  show($('forget-confirm'), false);
  $('forget').focus();
});

$('forget-yes').addEventListener('click', () => {
  groups.forget(groupId);
  clearTimeout(refreshTimer);
  credential = null;
  group = null;
  show($('forget-confirm'), false);
  setText($('whoami'), '');
  noAccess('group.forgotten');
  $('no-access-heading').focus();
});

function failed(message) {
  setText($('failed-text'), message);
  only('failed');
}

$('retry').addEventListener('click', () => start());
$('start-language').addEventListener('change', () => loadProtocols());
mountLanguagePickers();

async function start() {
  only('loading');
  if (!groupId) {
    only('no-access');
    return;
  }
  if (groups.opens(credential)) {
    await showMember();
  } else if (credential && credential.inviteCode) {
    await showJoin();
  } else {
    only('no-access');
  }
}

start();
