/** Worker entry: the Hono app handles every request. */
import { app } from './app';

export default app;
