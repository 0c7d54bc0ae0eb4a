'use client'
import { Button, useDocumentInfo } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { ErrorText } from '@akita-dx/plugin-core/client'
import { errorOf, sendJson, useApiBase } from '@akita-dx/plugin-core/client'
import { type TalentT, useTalentT } from './useTalentT'

type Reason = { code: string; message: string }
type Candidate = {
  profile: { currentDepartment?: { name?: string } | null; displayName?: string; id: number | string }
  reasons: Reason[]
  score: number
}
/** Open offers of the request by profile id (打診中 / 承諾), from the server. */
export type OfferedProfiles = Record<string, string>
type Props = { offered: OfferedProfiles; requestOpen: boolean; requestStatusLabel: string }

const card: React.CSSProperties = {
  alignItems: 'flex-start',
  borderTop: '1px solid var(--theme-elevation-100)',
  display: 'flex',
  gap: 16,
  justifyContent: 'space-between',
  padding: '12px 0',
}

/** 「打診する」 with an optional short message; the endpoint decides whether the caller may. */
const OfferButton = ({ onOffered, profile, t }: { onOffered: () => void; profile: Candidate['profile']; t: TalentT }) => {
  const api = useApiBase()
  const { id } = useDocumentInfo()
  const [message, setMessage] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const offer = async () => {
    setBusy(true)
    setError('')
    const { body, ok, status } = await sendJson('POST', `${api}/help-requests/${id}/offers`, {
      message: message.trim() || undefined,
      profile: profile.id,
    })
    setBusy(false)
    if (!ok) return setError(errorOf(body, status))
    onOffered()
  }
  return (
    <div style={{ minWidth: 260 }}>
      <input
        aria-label={t('panel.offerMessage')}
        maxLength={300}
        onChange={(e) => setMessage(e.target.value)}
        placeholder={t('panel.offerMessage')}
        style={{ display: 'block', marginBottom: 8, width: '100%' }}
        value={message}
      />
      <Button buttonStyle="primary" disabled={busy} margin={false} onClick={offer} size="small">
        {t('panel.offer')}
      </Button>
      <ErrorText>{error}</ErrorText>
    </div>
  )
}

/** One ranked candidate: who, how well they fit and why, and the offer or its state. */
const CandidateCard = ({
  candidate,
  offeredLabel,
  onOffered,
  requestOpen,
  t,
}: {
  candidate: Candidate
  offeredLabel?: string
  onOffered: () => void
  requestOpen: boolean
  t: TalentT
}) => {
  const { profile } = candidate
  return (
    <li data-testid="talent-candidate" style={card}>
      <div>
        <strong>{profile.displayName}</strong>（{profile.currentDepartment?.name ?? t('panel.noDepartment')}）・
        {t('panel.score', { score: candidate.score })}
        <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
          {candidate.reasons.map((r, i) => (
            <li key={i}>{r.message}</li>
          ))}
        </ul>
      </div>
      {offeredLabel ? <strong role="status">{t('panel.offered', { status: offeredLabel })}</strong> : null}
      {!offeredLabel && requestOpen ? <OfferButton onOffered={onOffered} profile={profile} t={t} /> : null}
    </li>
  )
}

/**
 * 「候補者」 on a help request: the ranked candidates of `GET /api/help-requests/:id/matches`.
 * The endpoint refuses who may not propose (403), so its message is shown instead of the list.
 */
export const Candidates = ({ offered, requestOpen, requestStatusLabel }: Props) => {
  const api = useApiBase()
  const t = useTalentT()
  const { id } = useDocumentInfo()
  const [candidates, setCandidates] = useState<Candidate[] | null>(null)
  const [error, setError] = useState<null | { message: string; refused: boolean }>(null)
  const [offeredNow, setOfferedNow] = useState<OfferedProfiles>(offered)
  useEffect(() => {
    if (!id) return
    void sendJson('GET', `${api}/help-requests/${id}/matches`).then(({ body, ok, status }) =>
      ok ? setCandidates(body.docs) : setError({ message: errorOf(body, status), refused: status === 403 }),
    )
  }, [api, id])
  // Not being the requesting department is no fault: its refusal reads as a note, anything else as an error.
  if (error?.refused) return <p>{error.message}</p>
  if (error) return <ErrorText>{error.message}</ErrorText>
  if (!candidates) return <p>{t('panel.loading')}</p>
  if (candidates.length === 0) return <p>{t('panel.none')}</p>
  const proposed = t('matchStatus.proposed')
  return (
    <>
      <p>{requestOpen ? t('panel.candidatesIntro') : t('panel.notOpen', { status: requestStatusLabel })}</p>
      <ol style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {candidates.map((c) => (
          <CandidateCard
            candidate={c}
            key={c.profile.id}
            offeredLabel={offeredNow[String(c.profile.id)]}
            onOffered={() => setOfferedNow((now) => ({ ...now, [String(c.profile.id)]: proposed }))}
            requestOpen={requestOpen}
            t={t}
          />
        ))}
      </ol>
    </>
  )
}
