// Replays a session, as one participant's browser receives it, through the page's own state code
// (web/js/session-state.js), and prints what the page would then show, in the shape
// ClientStateParityTest compares with the server's state. Run by that test with node:
//   node client-state-parity.mjs <fixture.json>
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, resolve } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const { applyEvent, balanceAt, fromWelcome, postingRule, airtimeAt } = await import(
  pathToFileURL(resolve(here, '../../../web/js/session-state.js')).href);

const fixture = JSON.parse(readFileSync(process.argv[2], 'utf8'));
let state = fromWelcome(fixture.welcome.state, fixture.welcome.serverTime);
for (const event of fixture.events) state = applyEvent(state, event);

const now = fixture.now;
const balance = balanceAt(state, now);
const round = (x) => Math.round(x * 1e9) / 1e9;
const out = {
  phaseIndex: state.phase.index,
  presenterId: state.presenterId,
  spotlightCardId: state.spotlightCardId,
  ended: state.ended,
  callLink: state.callLink,
  turn: {
    mode: state.turn.mode,
    speakerId: state.turn.speakerId,
    order: state.turn.order,
    spoken: state.turn.spoken,
    queue: state.turn.queue,
  },
  participants: state.participants.map((p) => ({
    id: p.id, role: p.role, online: p.online, attended: p.attended, airtimeMs: airtimeAt(state, p, now),
  })),
  cards: state.cards.map((c) => ({
    id: c.id, kind: c.kind, text: c.text ?? null, column: c.column ?? null, phaseId: c.phaseId,
    hidden: Boolean(c.hidden), reactions: c.reactions,
  })),
  commitments: state.commitments.map((c) => ({ id: c.id, status: c.status })),
  timer: { running: state.timer.running, endsAt: state.timer.endsAt ?? null, expired: Boolean(state.timer.expired) },
  balance: { totalMs: balance.totalMs, topShare: round(balance.topShare), gini: round(balance.gini) },
  mayPost: postingRule(state, fixture.viewerId).allowed,
};
process.stdout.write(JSON.stringify(out));
