/** POST /api/cypher: the read-only Cypher console (to be written). */
import type { Database } from '../db/database.js';
import type { ApiRoute } from '../http/route.js';

export const cypherRoutes = (_db: Database): ApiRoute[] => [];
