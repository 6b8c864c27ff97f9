-- Decision 0025: the rows an admin added or changed before edited_at existed. Those were saved with
-- the organisation's own source text (nl or en); the shipped list has the bundled source, and an
-- imported row has origin 'rijksoverheid'. The import leaves them alone from now on.
UPDATE "school_holidays" SET "edited_at" = "recorded_at"
WHERE "origin" = 'handmatig' AND "edited_at" IS NULL
  AND "source" NOT LIKE 'Rijksoverheid, Schoolvakanties (rijksoverheid.nl), met de hand overgenomen%';
