-- Issue 16: version 1 of each consent text per organisation (the texts Spiegel showed until now,
-- the same as BUILT_IN_CONSENT_TEXTS in app/features/consent/domain/texts.ts), and the consents
-- recorded so far as events of the consent log.
INSERT INTO "consent_texts" ("org_id", "kind", "language", "version", "text")
SELECT o."id", t."kind", t."language", 1, t."text"
FROM "organisations" o
CROSS JOIN (VALUES
  ('signup', 'nl', 'Ik vind het goed dat de organisatoren mijn gegevens hiervoor gebruiken.'),
  ('signup', 'en', 'I agree that the organisers use my details for this.'),
  ('minutes', 'nl', 'Mijn woorden mogen in het verslag, alleen onder schuilnaam.'),
  ('minutes', 'en', 'My words may be in the minutes, only under a pseudonym.'),
  ('photos', 'nl', 'Er mogen foto''s gemaakt worden waar ik op sta.'),
  ('photos', 'en', 'Photos may be taken with me in them.'),
  ('stay_involved', 'nl', 'Ik wil betrokken blijven. U mag mij daarvoor benaderen zoals ik heb opgegeven.'),
  ('stay_involved', 'en', 'I want to stay involved. You may contact me for this the way I gave.')
) AS t("kind", "language", "text")
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO "consent_events" ("org_id", "trajectory_id", "participant_id", "kind", "decision", "text_id", "language", "how", "at")
SELECT d."org_id", d."trajectory_id", d."participant_id", 'signup', 'granted',
  (SELECT ct."id" FROM "consent_texts" ct WHERE ct."org_id" = d."org_id" AND ct."kind" = 'signup' AND ct."language" = 'nl' AND ct."version" = 1),
  'nl', CASE WHEN p."source" = 'signup' THEN 'form' ELSE 'on_behalf' END, d."consent_at"
FROM "participant_personal_data" d JOIN "participants" p ON p."id" = d."participant_id"
WHERE d."consent_at" IS NOT NULL;
--> statement-breakpoint
INSERT INTO "consent_events" ("org_id", "trajectory_id", "participant_id", "kind", "decision", "text_id", "language", "how", "recorded_by", "at")
SELECT c."org_id", c."trajectory_id", c."participant_id", k."kind",
  CASE WHEN k."answer" THEN 'granted' ELSE 'withdrawn' END,
  (SELECT ct."id" FROM "consent_texts" ct WHERE ct."org_id" = c."org_id" AND ct."kind" = k."kind" AND ct."language" = 'nl' AND ct."version" = 1),
  'nl', 'on_behalf', c."recorded_by", coalesce(c."recorded_at", c."checked_in_at", now())
FROM "participant_consents" c
CROSS JOIN LATERAL (VALUES ('minutes', c."minutes"), ('photos', c."photos")) AS k("kind", "answer")
WHERE k."answer" IS NOT NULL;
--> statement-breakpoint
INSERT INTO "consent_events" ("org_id", "trajectory_id", "participant_id", "kind", "decision", "text_id", "language", "how", "at")
SELECT d."org_id", d."trajectory_id", d."participant_id", 'stay_involved', 'granted',
  (SELECT ct."id" FROM "consent_texts" ct WHERE ct."org_id" = d."org_id" AND ct."kind" = 'stay_involved' AND ct."language" = 'nl' AND ct."version" = 1),
  'nl', 'form', d."updated_at"
FROM "participant_personal_data" d
WHERE d."stay_involved_contact" <> '';
