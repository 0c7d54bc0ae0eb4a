import { NotFound } from '../../portal/components/NotFound'

/** A programme or story that is not (or no longer) published: the same Japanese 404 as any unknown path. */
export default NotFound
