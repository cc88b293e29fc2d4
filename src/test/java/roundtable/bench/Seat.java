package roundtable.bench;

/** One participant's place in one session: what a socket needs to say hello. */
record Seat(String sessionId, String token, boolean facilitator) {
}
