import type { ServerFieldBase } from 'payload'

import React from 'react'

import type { Offer } from './OfferHistory'

import { HELP_MATCHES } from '../constants'
import { isOpenStatus } from '../hooks/openOffer'
import { Candidates, type OfferedProfiles } from './Candidates'
import { OfferHistory } from './OfferHistory'
import { talentT } from './talentT'

type Props = Partial<Pick<ServerFieldBase, 'data' | 'i18n' | 'id' | 'payload' | 'req'>> & { userNameField?: string }

const box: React.CSSProperties = { border: '1px solid var(--theme-elevation-150)', borderRadius: 6, marginBottom: 24, padding: 16 }

/** The request's offers as its viewer may read them (the candidate's consent still decides). */
const offersOf = async ({ id, payload, req }: Props): Promise<Offer[]> => {
  const found = await payload!.find({
    collection: HELP_MATCHES,
    depth: 1,
    limit: 100,
    overrideAccess: false,
    req,
    sort: '-createdAt',
    user: req?.user,
    where: { helpRequest: { equals: id } },
  })
  return found.docs as unknown as Offer[]
}

/** Profiles with an offer that still stands, so their card shows its state instead of the button. */
const openOffers = (offers: Offer[], t: ReturnType<typeof talentT>): OfferedProfiles =>
  Object.fromEntries(
    offers
      .filter((o) => isOpenStatus(o.status as never))
      .map((o) => [String((o.profile as { id?: unknown } | null)?.id ?? o.profile), t(`matchStatus.${o.status}` as never)]),
  )

/**
 * 「候補者」 on a saved help request: the ranked candidates with 「打診する」 (client), and below
 * them the offers made so far with their log (rendered here, from the database).
 */
export const RequestPanel = async (props: Props) => {
  const { data, i18n, id, payload, userNameField = 'name' } = props
  if (!id || !payload) return null
  const t = talentT(i18n)
  const offers = await offersOf(props)
  const status = String(data?.status ?? 'open')
  const nameOf = (by: unknown) => (by && typeof by === 'object' ? String((by as Record<string, unknown>)[userNameField] ?? '') : '')
  return (
    <div className="field-type" data-testid="talent-candidates" style={box}>
      <h3 style={{ margin: '0 0 8px' }}>{t('panel.candidates')}</h3>
      <Candidates
        offered={openOffers(offers, t)}
        requestOpen={status === 'open'}
        requestStatusLabel={t(`requestStatus.${status}` as never)}
      />
      <OfferHistory adminRoute={payload.config.routes.admin} nameOf={nameOf} offers={offers} t={t} />
    </div>
  )
}
