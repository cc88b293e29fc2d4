// Who is in the room: names, roles, online dots, the presenter. While this page's own link is down,
// it says so about you (you are not in the room just then, whatever the others' dots said last).
import { h } from './dom.js';
import { t } from './i18n.js';

export function roleLabel(role) {
  const key = `role.${role}`;
  const label = t(key);
  return label === key ? String(role || '') : label;
}

// The hidden comma keeps "Ada, online, Facilitator" apart when read aloud.
function badge(className, text) {
  return [h('span', { class: 'visually-hidden' }, ', '), h('span', { class: `badge ${className}` }, text)];
}

/** @param dom { list, count } */
export function createPeopleView(dom) {
  let signature = '';

  /** @param connected whether this page's own link to the room is up */
  function update(state, me, connected = true) {
    const people = state.participants.map((p) => (p.id === me && !connected ? { ...p, online: false, selfAway: true } : p));
    const next = JSON.stringify([me, connected, state.presenterId, people.map((p) => [p.id, p.name, p.role, p.online, p.attended])]);
    if (next === signature) return;
    signature = next;
    const online = people.filter((p) => p.online).length;
    dom.count.textContent = connected ? t('people.online', { online, count: people.length })
      : t('people.selfOffline', { online, count: people.length });
    dom.list.replaceChildren(...people.map((p) => {
      const badges = [];
      if (p.role && p.role !== 'participant') badges.push(badge(`badge-${p.role}`, roleLabel(p.role)));
      if (p.id === state.presenterId) badges.push(badge('badge-presenter', t('people.presenter')));
      let status = null;
      if (p.selfAway) status = t('people.reconnecting');
      // Someone who was here and went is not the same as someone who has not arrived yet.
      else if (!p.online) status = p.attended === false ? t('people.notYet') : t('people.left');
      return h('li', { class: `person ${p.online ? 'is-online' : 'is-offline'}` },
        h('span', { class: 'dot', 'aria-hidden': 'true' }),
        h('span', { class: 'person-name' }, p.id === me ? t('people.you', { name: p.name }) : p.name),
        h('span', { class: 'visually-hidden' }, p.online ? t('people.isOnline') : t('people.isOffline')),
        status ? h('span', { class: 'person-status' }, status) : null,
        badges);
    }));
  }

  return { update };
}
