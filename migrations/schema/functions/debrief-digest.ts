import type { SchemaFunction } from '../schema-object';

/**
 * What liaisons read of debriefs, as the owner past the row-level policies: the English summaries of the submitted
 * debriefs of a week (of one country, or of all), with the session's platform and start, and nothing else.
 */
export const debriefDigest: SchemaFunction = {
  kind: 'function',
  name: 'debrief_digest',
  signature: 'debrief_digest(uuid, text)',
  create: `
      CREATE FUNCTION debrief_digest(week uuid, only_country text)
      RETURNS TABLE (country char(2), platform varchar, starts_at timestamptz, summary_en varchar, submitted_at timestamptz)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT d.country, s.platform_code, s.starts_at, d.summary_en, d.submitted_at
          FROM debrief d JOIN patrol_session s ON s.id = d.session_id
         WHERE d.week_id = week AND d.status = 'SUBMITTED' AND d.summary_en IS NOT NULL AND d.summary_en <> ''
           AND (only_country IS NULL OR d.country = only_country)
         ORDER BY s.starts_at, d.submitted_at
      $$`,
  drop: 'DROP FUNCTION debrief_digest(uuid, text)',
};
