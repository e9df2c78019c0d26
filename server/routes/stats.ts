/** GET /api/stats (to be written) */
import type { Database } from '../db/database.js';
import type { ApiRoute } from '../http/route.js';

export const statsRoutes = (_db: Database): ApiRoute[] => [];
