/** Named queries: the registry of cypher/queries/*.cypher (to be written) */
import type { Database } from '../db/database.js';
import type { ApiRoute } from '../http/route.js';

export const queryRoutes = (_db: Database): ApiRoute[] => [];
