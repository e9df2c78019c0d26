/** GET /api/timeline: the agreements' status entries over time, per month and in order. */
import { timelineQuerySchema, timelineSchema } from '../../contract/timeline.js';
import type { Database } from '../db/database.js';
import { defineRoute } from '../http/route.js';
import { loadTimeline } from '../services/timeline.js';

export const timelineRoutes = (db: Database) => [
  defineRoute({
    method: 'get',
    path: '/timeline',
    tag: 'Network',
    summary:
      'Status entries of the agreements over time: a histogram per month by status, and the entries in order',
    description:
      'Each status a source states of an agreement is an entry dated by the day it holds from (see the ' +
      "agreement's `statusHistory`). `months` counts them per month from the first to the last, stacked by " +
      'status; `years` holds those dated to a year only. Takes the filters of /api/graph (`status` keeps ' +
      'entries of that status).',
    query: timelineQuerySchema,
    response: timelineSchema,
    handle: ({ query }) => loadTimeline(db, query),
  }),
];
