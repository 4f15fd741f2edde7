-- Autosave in one statement (decision 0038): the scope is set, every check is made and the answers
-- are written inside one short transaction, one round trip. SECURITY INVOKER (the default), so it
-- runs as harbour_app and row-level security applies to every read and write in it, exactly as it
-- does to the app's own queries; set_config(..., true) ends with the statement's transaction.
-- The caller passes each code's tier from its cache of the (immutable) framework version and the
-- roles that may take an assessment (lib/permissions); the round's pinned version is checked here,
-- so a tier from another version can never be used.
CREATE FUNCTION save_answers(
  p_person text,
  p_school text,
  p_round text,
  p_version text,
  p_session_version integer,
  p_roles text[],
  p_codes text[],
  p_tiers integer[],
  p_ratings integer[],
  p_comments text[],
  p_step integer,
  p_now timestamptz
) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
  r record;
  resp record;
  outside text[];
BEGIN
  PERFORM set_config('app.person_id', p_person, true), set_config('app.school_id', p_school, true),
    set_config('app.trust_id', '', true), set_config('app.login_email', '', true),
    set_config('app.invite_token_hash', '', true), set_config('app.school_request_token_hash', '', true),
    set_config('app.reset_token_hash', '', true);
  IF NOT EXISTS (SELECT 1 FROM "Person" WHERE id = p_person AND "sessionVersion" = p_session_version) THEN
    RETURN jsonb_build_object('outcome', 'signed_out');
  END IF;
  IF NOT EXISTS (
    SELECT 1 FROM "Membership"
    WHERE "personId" = p_person AND "schoolId" = p_school AND role::text = ANY (p_roles)
  ) THEN
    RETURN jsonb_build_object('outcome', 'not_found');
  END IF;
  SELECT "frameworkVersionId", "opensAt", "closesAt", "closedAt" INTO r
    FROM "Round" WHERE id = p_round AND "schoolId" = p_school;
  IF NOT FOUND THEN
    RETURN jsonb_build_object('outcome', 'not_found');
  END IF;
  IF r."frameworkVersionId" <> p_version THEN
    RETURN jsonb_build_object('outcome', 'stale');
  END IF;
  IF (r."closedAt" IS NOT NULL AND r."closedAt" <= p_now) OR p_now >= r."closesAt" THEN
    RETURN jsonb_build_object('outcome', 'closed');
  END IF;
  IF p_now < r."opensAt" THEN
    RETURN jsonb_build_object('outcome', 'scheduled', 'opensAt', r."opensAt");
  END IF;
  -- The row lock keeps a save from landing after a submit committing at the same moment.
  SELECT id, status, "requiredTier" INTO resp
    FROM "Response" WHERE "roundId" = p_round AND "personId" = p_person FOR UPDATE;
  IF NOT FOUND THEN
    RETURN jsonb_build_object('outcome', 'no_response');
  END IF;
  IF resp.status <> 'IN_PROGRESS' THEN
    RETURN jsonb_build_object('outcome', 'submitted');
  END IF;
  SELECT coalesce(array_agg(c), '{}') INTO outside
    FROM unnest(p_codes, p_tiers) AS t(c, tier) WHERE tier > resp."requiredTier";
  IF cardinality(outside) > 0 THEN
    RETURN jsonb_build_object('outcome', 'out_of_scope', 'codes', to_jsonb(outside));
  END IF;
  UPDATE "Response" SET "updatedAt" = p_now, "currentStep" = coalesce(p_step, "currentStep")
    WHERE id = resp.id;
  INSERT INTO "Answer" (id, "responseId", "schoolId", "competencyCode", rating, comment, "updatedAt")
    SELECT gen_random_uuid()::text, resp.id, p_school, c, rating, comment, p_now
    FROM unnest(p_codes, p_ratings, p_comments) AS a(c, rating, comment)
  ON CONFLICT ("responseId", "competencyCode")
    DO UPDATE SET rating = EXCLUDED.rating, comment = EXCLUDED.comment, "updatedAt" = EXCLUDED."updatedAt";
  RETURN jsonb_build_object('outcome', 'saved', 'saved', cardinality(p_codes));
END;
$$;

GRANT EXECUTE ON FUNCTION save_answers(text, text, text, text, integer, text[], text[], integer[], integer[], text[], integer, timestamptz) TO harbour_app;
