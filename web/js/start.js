// The "Start a session" page: loads the protocols (in the language the session will be held in),
// creates a session, opens the facilitator room.
import { sendWhenChecked } from './checked-form.js';
import { requestJson } from './api.js';
import { attachCounter } from './counter.js';
import { h, setText, show } from './dom.js';
import { t } from './i18n.js';
import { fillLanguageChoices, mountLanguagePickers } from './language-picker.js';

const form = document.getElementById('start-form');
const titleInput = document.getElementById('title');
const languageSelect = document.getElementById('session-language');
const protocolSelect = document.getElementById('protocol');
const nameInput = document.getElementById('facilitator-name');
const summary = document.getElementById('protocol-summary');
const phaseList = document.getElementById('protocol-phases');
const length = document.getElementById('protocol-length');
const retryButton = document.getElementById('protocol-retry');

let protocols = [];
const nameCounter = attachCounter(nameInput, document.getElementById('facilitator-name-count'), 60);

function describeProtocol() {
  const protocol = protocols.find((p) => p.id === protocolSelect.value);
  setText(summary, protocol ? protocol.summary : '');
  const phases = protocol ? protocol.phases : [];
  const minutes = Math.round(phases.reduce((sum, phase) => sum + (phase.timeboxSeconds || 0), 0) / 60);
  setText(length, !protocol ? '' : t(minutes ? 'start.protocolLengthTimed' : 'start.protocolLength',
    { count: phases.length, minutes }));
  phaseList.replaceChildren(...phases.map((phase) => h('li', {}, phase.name)));
  phaseList.setAttribute('aria-label', protocol ? t('start.protocolPhasesOf', { name: protocol.name }) : t('start.protocolPhases'));
  // The phases are written in the session's language, which may not be the page's.
  phaseList.lang = languageSelect.value;
  summary.lang = languageSelect.value;
}

async function loadProtocols() {
  show(retryButton, false);
  protocolSelect.disabled = true;
  const chosen = protocolSelect.value || new URLSearchParams(location.search).get('protocol');
  try {
    protocols = (await requestJson('GET', `/api/protocols?lang=${encodeURIComponent(languageSelect.value)}`)) || [];
    protocolSelect.replaceChildren(...protocols.map((p) => h('option', { value: p.id, lang: languageSelect.value },
      t('start.protocolOption', { name: p.name, count: p.phases.length }))));
    if (chosen && protocols.some((p) => p.id === chosen)) protocolSelect.value = chosen;
    protocolSelect.disabled = false;
    describeProtocol();
  } catch (error) {
    protocolSelect.replaceChildren(h('option', { value: '' }, t('start.protocolNone')));
    setText(summary, t('start.protocolFailed', { message: error.message }));
    phaseList.replaceChildren();
    setText(length, '');
    show(retryButton, true);
  }
}

function withInvite(facilitatorLink, inviteCode) {
  // The facilitator page can show the invite link only if it knows the code, and the fragment
  // never reaches the server, so the code travels there as one more fragment parameter.
  const url = new URL(facilitatorLink, location.href);
  const fragment = new URLSearchParams(url.hash.replace(/^#/, ''));
  if (inviteCode && !fragment.has('invite')) fragment.set('invite', inviteCode);
  url.hash = fragment.toString();
  return url.toString();
}

function firstProblem() {
  if (!titleInput.value.trim()) return [titleInput, t('start.problemTitle')];
  if (!protocolSelect.value) return [protocolSelect, t('start.problemProtocol')];
  if (!nameInput.value.trim()) return [nameInput, t('start.problemName')];
  if (nameCounter.over()) return [nameInput, t('start.problemNameLength', { message: nameCounter.message() })];
  return null;
}

sendWhenChecked(form, firstProblem, async () => {
  const created = await requestJson('POST', '/api/sessions', {
    title: titleInput.value.trim(),
    protocol: protocolSelect.value,
    facilitatorName: nameInput.value.trim(),
    language: languageSelect.value,
  });
  location.assign(withInvite(created.links.facilitator, created.inviteCode));
});

mountLanguagePickers();
fillLanguageChoices(languageSelect);
languageSelect.addEventListener('change', loadProtocols);
protocolSelect.addEventListener('change', describeProtocol);
retryButton.addEventListener('click', loadProtocols);
loadProtocols();
