// The live link to a session: hello / welcome, resume after a drop, an outbox of commands that
// are re-sent (with the same opIds) until the server has stored them — an `ack` says a command was
// applied, only a `durable` frame covering its seq says it survives a crash of the server — or
// refuses them. The server acknowledges a repeated opId again without applying it twice.

const FATAL_CODES = new Set(['unauthorized', 'forbidden', 'not-found']);
const FATAL_CLOSE_CODES = new Set([4401, 4403, 4404]);
const WELCOME_TIMEOUT_MS = 10000;
const MAX_BACKOFF_MS = 8000;

function randomHex(bytes) {
  const values = new Uint8Array(bytes);
  crypto.getRandomValues(values);
  return Array.from(values, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function socketUrl(sessionId, loc = window.location) {
  const scheme = loc.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${loc.host}/ws/sessions/${encodeURIComponent(sessionId)}`;
}

/** Delay before reconnect attempt `attempt` (0-based): exponential, capped, with full jitter on the upper half. */
export function backoffDelay(attempt, random = Math.random) {
  const ceiling = Math.min(MAX_BACKOFF_MS, 500 * 2 ** attempt);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

export class Connection {
  /**
   * @param {object} options
   * @param {string} options.sessionId
   * @param {string} options.token
   * @param {string} options.participantId  used to keep each person's outbox apart
   * @param {object} options.handlers  onStatus, onWelcome, onEvent, onAck, onCommandError,
   *   onDurable, onFatal, onOutbox; all optional
   */
  constructor({ sessionId, token, participantId, handlers = {}, url = socketUrl(sessionId) }) {
    this.sessionId = sessionId;
    this.token = token;
    this.participantId = participantId;
    this.url = url;
    this.handlers = handlers;
    this.lastSeq = 0;
    this.epoch = null;
    this.durableSeq = 0;
    this.socket = null;
    this.welcomed = false;
    this.stopped = true;
    this.attempt = 0;
    this.retryTimer = null;
    this.welcomeTimer = null;
    this.status = 'idle';
    this.clientId = randomHex(6);
    this.counter = 0;
    this.outbox = this.loadOutbox();
  }

  // ---- public ----

  start() {
    this.stopped = false;
    this.open();
  }

  stop() {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    clearTimeout(this.welcomeTimer);
    if (this.socket) {
      const socket = this.socket;
      this.socket = null;
      socket.close(1000, 'client stopped');
    }
    this.setStatus('stopped');
  }

  /** Reconnects at once when the link is down (for example when the browser comes back online). */
  reconnectNow() {
    if (this.stopped || this.welcomed) return;
    clearTimeout(this.retryTimer);
    this.attempt = 0;
    if (!this.socket) this.open();
  }

  /**
   * Queues a command; it goes out now if the link is up, or after the next welcome, and stays in
   * the outbox until `durable` covers its ack. Returns its opId.
   */
  send(command, args = {}) {
    this.counter += 1;
    const frame = { type: 'command', opId: `${this.clientId}-${this.counter}`, command, args };
    this.outbox.push(frame);
    this.saveOutbox();
    if (this.welcomed) this.transmit(frame);
    return frame.opId;
  }

  /** Commands not yet acknowledged: what the person is waiting to see applied. */
  get pending() {
    return this.outbox.filter((item) => !item.acked).length;
  }

  /** Commands applied but not yet stored for good, plus those still pending. */
  get unsaved() {
    return this.outbox.length;
  }

  // ---- socket life cycle ----

  open() {
    clearTimeout(this.retryTimer);
    this.welcomed = false;
    this.setStatus(this.lastSeq > 0 || this.attempt > 0 ? 'reconnecting' : 'connecting');
    let socket;
    try {
      socket = new WebSocket(this.url);
    } catch {
      this.scheduleReconnect();
      return;
    }
    this.socket = socket;
    socket.addEventListener('open', () => {
      if (this.socket !== socket) return;
      const hello = { type: 'hello', token: this.token, lastSeq: this.lastSeq };
      // The room incarnation we last saw; without it (or after a server restart) the server
      // answers with the full state instead of a resume.
      if (this.epoch && this.lastSeq > 0) hello.epoch = this.epoch;
      socket.send(JSON.stringify(hello));
      this.welcomeTimer = setTimeout(() => {
        if (this.socket === socket && !this.welcomed) socket.close(4000, 'no welcome');
      }, WELCOME_TIMEOUT_MS);
    });
    socket.addEventListener('message', (message) => {
      if (this.socket !== socket) return;
      let frame;
      try {
        frame = JSON.parse(message.data);
      } catch {
        return;
      }
      this.receive(frame);
    });
    socket.addEventListener('close', (event) => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.welcomed = false;
      clearTimeout(this.welcomeTimer);
      if (this.stopped) return;
      if (FATAL_CLOSE_CODES.has(event.code)) {
        this.fail('unauthorized', event.reason || 'The server closed the room for this link.');
        return;
      }
      this.scheduleReconnect();
    });
  }

  scheduleReconnect() {
    if (this.stopped) return;
    this.setStatus('reconnecting');
    const delay = backoffDelay(this.attempt);
    this.attempt += 1;
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => this.open(), delay);
  }

  fail(code, message) {
    this.stop();
    this.call('onFatal', code, message);
  }

  /** Drops the socket and resumes from the last event seen, e.g. after a gap in the sequence. */
  resync() {
    if (!this.socket) return;
    const socket = this.socket;
    this.socket = null;
    this.welcomed = false;
    socket.close(4001, 'resync');
    this.attempt = 0;
    this.open();
  }

  /**
   * Reconnects asking for the whole state instead of a resume: what the server shows this
   * participant changed (e.g. they became the facilitator and may now see the coach's verdicts).
   */
  refresh() {
    this.epoch = null;
    this.resync();
  }

  // ---- frames ----

  receive(frame) {
    switch (frame.type) {
      case 'welcome':
        return this.onWelcome(frame);
      case 'event':
        return this.onEvent(frame);
      case 'ack':
        return this.acknowledged(frame.opId, frame.seq);
      case 'error':
        if (frame.opId) {
          return this.settle(frame.opId, (item) => this.call('onCommandError', frame, item));
        }
        if (FATAL_CODES.has(frame.code)) return this.fail(frame.code, frame.message);
        return this.call('onCommandError', frame, null);
      case 'durable':
        this.durableSeq = Math.max(this.durableSeq, frame.seq || 0);
        this.dropDurable();
        return this.call('onDurable', this.durableSeq);
      default:
        return undefined; // unknown frames are for newer clients
    }
  }

  onWelcome(frame) {
    clearTimeout(this.welcomeTimer);
    this.welcomed = true;
    this.attempt = 0;
    if (!frame.resumed) this.lastSeq = frame.seq || 0;
    if (frame.epoch) this.epoch = frame.epoch;
    // Acks and durable seqs of the last connection prove nothing now: after a server crash the
    // events behind an ack may be gone and their seqs reused. Every command left is sent again
    // below; its fresh ack, then a `durable` of this connection (one follows every welcome),
    // decide when it may leave the outbox.
    this.durableSeq = 0;
    for (const item of this.outbox) delete item.ackedSeq;
    this.call('onWelcome', frame);
    this.setStatus('live');
    // Everything not yet acknowledged goes out again with its original opId; the server
    // acknowledges a repeat without applying it twice.
    for (const item of this.outbox) this.transmit(item);
  }

  onEvent(frame) {
    if (!this.welcomed) return;
    const seq = frame.seq;
    if (typeof seq !== 'number' || seq <= this.lastSeq) return; // already applied
    if (seq !== this.lastSeq + 1) {
      // A gap: something was missed. Resume from what we have; the server replays the rest.
      this.resync();
      return;
    }
    this.lastSeq = seq;
    this.call('onEvent', frame.event, seq);
  }

  /** Applied: tell the page once, but keep the command until `durable` covers its seq. */
  acknowledged(opId, seq) {
    const item = this.outbox.find((candidate) => candidate.opId === opId);
    if (!item) return;
    const first = !item.acked;
    item.acked = true;
    item.ackedSeq = typeof seq === 'number' ? seq : 0;
    if (first) this.call('onAck', opId, seq, item);
    if (!this.dropDurable()) this.saveOutbox();
  }

  /** Drops every command whose ack the durable seq covers; whether any was dropped. */
  dropDurable() {
    const before = this.outbox.length;
    this.outbox = this.outbox.filter((item) => !(item.acked && typeof item.ackedSeq === 'number'
      && item.ackedSeq <= this.durableSeq));
    if (this.outbox.length === before) return false;
    this.saveOutbox();
    return true;
  }

  settle(opId, notify) {
    const index = this.outbox.findIndex((item) => item.opId === opId);
    if (index < 0) return;
    const [item] = this.outbox.splice(index, 1);
    this.saveOutbox();
    notify(item);
  }

  transmit(item) {
    if (!this.socket || this.socket.readyState !== WebSocket.OPEN) return;
    // Only the frame's own fields: the outbox's bookkeeping (acked, ackedSeq) is not for the server.
    const { type, opId, command, args } = item;
    this.socket.send(JSON.stringify({ type, opId, command, args }));
  }

  setStatus(status) {
    if (this.status === status) return;
    this.status = status;
    this.call('onStatus', status);
  }

  call(name, ...args) {
    const handler = this.handlers[name];
    if (typeof handler === 'function') handler(...args);
  }

  // ---- the outbox survives a reload of the tab ----

  outboxKey() {
    return `roundtable.outbox.${this.sessionId}`;
  }

  loadOutbox() {
    try {
      const stored = JSON.parse(sessionStorage.getItem(this.outboxKey()) || 'null');
      if (stored && stored.participantId === this.participantId && Array.isArray(stored.items)) {
        return stored.items.filter((item) => item && item.type === 'command' && item.opId);
      }
    } catch {
      // unreadable: start empty
    }
    return [];
  }

  saveOutbox() {
    try {
      if (this.outbox.length === 0) {
        sessionStorage.removeItem(this.outboxKey());
      } else {
        sessionStorage.setItem(this.outboxKey(),
          JSON.stringify({ participantId: this.participantId, items: this.outbox }));
      }
    } catch {
      // storage unavailable: the outbox still lives in memory
    }
    this.call('onOutbox', this.outbox.length);
  }
}
