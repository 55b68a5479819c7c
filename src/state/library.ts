/** The scenario library's index as the game receives it (built from the scenario files' headers). */
import { z } from 'zod';

export const ScenarioCard = z.object({
  id: z.string(),
  file: z.string(),
  title: z.string(),
  summary: z.string(),
  crisisType: z.string(),
  cluster: z.string(),
  severity: z.string(),
  duration: z.string(),
  difficulty: z.string(),
  languages: z.array(z.string()),
  organisation: z.string(),
  pressConference: z.boolean(),
});
export type ScenarioCard = z.infer<typeof ScenarioCard>;

export const ScenarioIndex = z.object({ kind: z.literal('crisis-room-library'), scenarios: z.array(ScenarioCard) });
export type ScenarioIndex = z.infer<typeof ScenarioIndex>;
