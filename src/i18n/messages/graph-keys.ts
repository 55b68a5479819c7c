import type { Channel, FollowUpTrigger } from '../../format/index.ts';
import type { NoParams } from '../catalogue.ts';

export type GraphVia = 'option' | 'answer' | 'freeText' | 'branch' | 'timeout';

/** Words of the scenario map (`crisis graph`): node and edge labels. */
export interface GraphMessages {
  'graph.start': NoParams;
  'graph.end': { readonly length: string };
  'graph.conference': { readonly title: string };
  'graph.node.head': { readonly time: string | null; readonly channel: Channel; readonly id: string };
  'graph.guard.if': { readonly condition: string };
  'graph.guard.unless': { readonly condition: string };
  'graph.edge.at': { readonly time: string };
  'graph.edge.after': { readonly event: 'fired' | 'responded' | 'expired' | 'resolved'; readonly delay: string | null };
  'graph.edge.when': { readonly condition: string; readonly once: boolean };
  'graph.edge.facilitator': NoParams;
  'graph.edge.via': { readonly via: GraphVia; readonly option: string | null; readonly delay: string | null };
  'graph.edge.cancels': { readonly via: string };
  'graph.edge.next': NoParams;
  'graph.edge.followUp': { readonly trigger: FollowUpTrigger };
  'graph.edge.ending': { readonly order: number; readonly condition: string | null; readonly early: boolean };
  'graph.written': { readonly file: string; readonly nodes: number; readonly edges: number };
}
