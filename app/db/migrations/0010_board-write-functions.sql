-- Issue 12: the board's busiest writes in one round trip. The rules stay with the callers in
-- TypeScript where they can (phases, criteria and channel names are passed in); what needs fresh
-- reads after the board's lock (a vote's earlier dots) runs here, statement by statement.

-- The NOTIFY for an event, delivered at commit: the whole event when small (nearly always), or its
-- channel and id, which the hub then reads (a payload must stay under 8000 bytes; NOTIFY_MAX_BYTES).
-- Both carry the horizon, the oldest transaction still running, for replay positions (decision 0014).
CREATE OR REPLACE FUNCTION event_notify(p_id bigint, p_channel text, p_kind text, p_payload jsonb, p_tx bigint) RETURNS void
LANGUAGE sql AS $$
  SELECT pg_notify('spiegel_events', CASE WHEN octet_length(p_payload::text) <= 6600
    THEN json_build_object('id', p_id, 'channel', p_channel, 'kind', p_kind, 'payload', p_payload, 'tx', p_tx,
      'horizon', pg_snapshot_xmin(pg_current_snapshot())::text::bigint)::text
    ELSE json_build_object('id', p_id, 'channel', p_channel, 'horizon', pg_snapshot_xmin(pg_current_snapshot())::text::bigint)::text END)
$$;
--> statement-breakpoint
-- One event on a board's channel (decision 0011): raises the board's version (its row lock, held to
-- the commit, makes versions commit in order) and records the event with that version. NULL when
-- the board is not of this organisation.
CREATE OR REPLACE FUNCTION board_publish(p_org uuid, p_board uuid, p_channel text, p_kind text, p_payload jsonb) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
  v_payload jsonb;
  v_id bigint;
  v_tx bigint;
BEGIN
  UPDATE boards SET version = version + 1 WHERE org_id = p_org AND id = p_board
    RETURNING p_payload || jsonb_build_object('version', version) INTO v_payload;
  IF NOT FOUND THEN RETURN NULL; END IF;
  INSERT INTO events (org_id, channel, kind, payload) VALUES (p_org, p_channel, p_kind, v_payload) RETURNING id, tx_id INTO v_id, v_tx;
  PERFORM event_notify(v_id, p_channel, p_kind, v_payload, v_tx);
  RETURN v_id;
END
$$;
--> statement-breakpoint
-- A phone's vote (castVote): sets the member's dots on one idea to an absolute number and answers
-- the dots left and the board's version after it (the phone's page orders its own answers by it).
-- Refusals: SQLSTATE SP404 (not of this board or organisation), SPRUL with the
-- message key; the CHECKs on board_votes and board_dots keep the maximum and the budget.
CREATE OR REPLACE FUNCTION board_cast_vote(
  p_org uuid, p_board uuid, p_member uuid, p_idea uuid, p_criterion text, p_dots integer,
  p_vote_phases text[], p_criteria text[], p_channel text, p_key text
) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
  b boards%ROWTYPE;
  v_idea uuid;
  v_old integer;
  v_used integer;
  v_budget integer;
  v_change jsonb;
BEGIN
  -- Votes on one board take turns, and its settings cannot change under a vote.
  SELECT * INTO b FROM boards WHERE org_id = p_org AND id = p_board FOR UPDATE;
  IF NOT FOUND THEN RAISE EXCEPTION 'not found' USING ERRCODE = 'SP404'; END IF;
  IF NOT (b.phase = ANY (p_vote_phases)) THEN RAISE EXCEPTION 'board.voteNotNow' USING ERRCODE = 'SPRUL'; END IF;
  IF NOT (p_criterion = ANY (CASE WHEN b.by_criteria THEN p_criteria ELSE ARRAY['']::text[] END)) THEN
    RAISE EXCEPTION 'board.criterionInvalid' USING ERRCODE = 'SPRUL';
  END IF;
  -- A new statement, so it sees the votes committed while this one waited for the lock.
  SELECT i.id, v.dots, d.used, d.budget INTO v_idea, v_old, v_used, v_budget
  FROM board_members m
  LEFT JOIN board_ideas i ON i.org_id = p_org AND i.board_id = p_board AND i.id = p_idea
  LEFT JOIN board_votes v ON v.member_id = m.id AND v.idea_id = p_idea AND v.criterion = p_criterion
  LEFT JOIN board_dots d ON d.member_id = m.id AND d.criterion = p_criterion
  WHERE m.org_id = p_org AND m.id = p_member AND m.board_id = p_board;
  IF v_idea IS NULL THEN RAISE EXCEPTION 'not found' USING ERRCODE = 'SP404'; END IF;
  v_old := coalesce(v_old, 0);
  IF v_old = p_dots THEN
    RETURN jsonb_build_object('dotsLeft', coalesce(v_budget, b.dots_per_person) - coalesce(v_used, 0), 'version', b.version);
  END IF;
  INSERT INTO board_votes (org_id, board_id, member_id, idea_id, criterion, dots, max_dots)
  VALUES (p_org, p_board, p_member, p_idea, p_criterion, p_dots, b.max_dots_per_idea)
  ON CONFLICT (member_id, idea_id, criterion) DO UPDATE SET dots = excluded.dots, max_dots = excluded.max_dots;
  -- No upsert: PostgreSQL checks the row to insert first, and a vote taken back would insert a negative count.
  IF v_used IS NULL THEN
    INSERT INTO board_dots (org_id, member_id, criterion, used, budget)
    VALUES (p_org, p_member, p_criterion, p_dots - v_old, b.dots_per_person) RETURNING used, budget INTO v_used, v_budget;
  ELSE
    UPDATE board_dots SET used = used + (p_dots - v_old) WHERE org_id = p_org AND member_id = p_member AND criterion = p_criterion
    RETURNING used, budget INTO v_used, v_budget;
  END IF;
  -- Running tallies travel only while they are shown on the phones (BoardChange in live.ts).
  v_change := CASE WHEN b.tallies_live
    THEN jsonb_build_object('kind', 'vote', 'ideaId', p_idea, 'criterion', p_criterion, 'delta', p_dots - v_old)
    ELSE '{"kind":"quiet"}'::jsonb END;
  PERFORM board_publish(p_org, p_board, p_channel, 'vote',
    jsonb_build_object('change', v_change) || CASE WHEN coalesce(p_key, '') = '' THEN '{}'::jsonb ELSE jsonb_build_object('key', p_key) END);
  -- board_publish raised the version once, under the lock this function holds.
  RETURN jsonb_build_object('dotsLeft', v_budget - v_used, 'version', b.version + 1);
END
$$;
