// The "Start a session" page: loads the protocols, creates a session, opens the facilitator room.
import { sendWhenChecked } from './checked-form.js';
import { requestJson } from './api.js';
import { attachCounter } from './counter.js';
import { h, setText, show } from './dom.js';

const form = document.getElementById('start-form');
const titleInput = document.getElementById('title');
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
  setText(length, protocol ? `${phases.length} ${phases.length === 1 ? 'phase' : 'phases'}${minutes ? `, about ${minutes} min` : ''}:` : '');
  phaseList.replaceChildren(...phases.map((phase) => h('li', {}, phase.name)));
  phaseList.setAttribute('aria-label', protocol ? `Phases of ${protocol.name}` : 'Phases');
}

async function loadProtocols() {
  show(retryButton, false);
  protocolSelect.disabled = true;
  try {
    protocols = (await requestJson('GET', '/api/protocols')) || [];
    protocolSelect.replaceChildren(
      ...protocols.map((p) => h('option', { value: p.id }, `${p.name} (${p.phases.length} phases)`)),
    );
    const preferred = new URLSearchParams(location.search).get('protocol');
    if (preferred && protocols.some((p) => p.id === preferred)) protocolSelect.value = preferred;
    protocolSelect.disabled = false;
    describeProtocol();
  } catch (error) {
    protocolSelect.replaceChildren(h('option', { value: '' }, 'No protocols available'));
    setText(summary, `The protocols could not be loaded: ${error.message}`);
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
  if (!titleInput.value.trim()) return [titleInput, 'Give the session a title.'];
  if (!protocolSelect.value) return [protocolSelect, 'Choose a protocol.'];
  if (!nameInput.value.trim()) return [nameInput, 'Enter your name, so the others know who facilitates.'];
  if (nameCounter.over()) return [nameInput, `Your name: ${nameCounter.message()}`];
  return null;
}

sendWhenChecked(form, firstProblem, async () => {
  const created = await requestJson('POST', '/api/sessions', {
    title: titleInput.value.trim(),
    protocol: protocolSelect.value,
    facilitatorName: nameInput.value.trim(),
  });
  location.assign(withInvite(created.links.facilitator, created.inviteCode));
});

protocolSelect.addEventListener('change', describeProtocol);
retryButton.addEventListener('click', loadProtocols);
loadProtocols();
