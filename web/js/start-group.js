// "Start a group" on the start page: creates the group and opens its page as its keeper. The member
// credential travels to the group page in the fragment, which never reaches the server; the group
// page keeps it in this browser and clears the address bar.
import { sendWhenChecked } from './checked-form.js';
import { requestJson } from './api.js';
import { groups } from './credentials.js';
import { t } from './i18n.js';
import { fillLanguageChoices } from './language-picker.js';

const form = document.getElementById('group-form');
const nameInput = document.getElementById('group-title');
const keeperInput = document.getElementById('keeper-name');
const languageSelect = document.getElementById('group-language');
const agreementInput = document.getElementById('group-agreement');
const cadenceInput = document.getElementById('group-cadence');

function cadence() {
  const value = Number(cadenceInput.value);
  return Number.isInteger(value) && value >= 1 && value <= 365 ? value : null;
}

function firstProblem() {
  if (!nameInput.value.trim()) return [nameInput, t('startGroup.problemName')];
  if (!keeperInput.value.trim()) return [keeperInput, t('startGroup.problemKeeper')];
  if (cadence() === null) return [cadenceInput, t('startGroup.problemCadence')];
  return null;
}

fillLanguageChoices(languageSelect);

sendWhenChecked(form, firstProblem, async () => {
  const policy = form.querySelector('input[name="recordingPolicy"]:checked');
  const body = {
    name: nameInput.value.trim(),
    keeperName: keeperInput.value.trim(),
    cadenceDays: cadence(),
    recordingPolicy: policy ? policy.value : 'everything',
    language: languageSelect.value,
  };
  if (agreementInput.value.trim()) body.agreement = agreementInput.value.trim();
  const created = await requestJson('POST', '/api/groups', body);
  const fragment = groups.fragment({
    token: created.member.token,
    memberId: created.member.memberId,
    inviteCode: created.inviteCode,
  });
  location.assign(`/g/${encodeURIComponent(created.groupId)}#${fragment}`);
});
