/** GET /api/export (to be written) */
import type { Database } from '../db/database.js';
import type { ApiRoute } from '../http/route.js';

export const exportRoutes = (_db: Database): ApiRoute[] => [];
