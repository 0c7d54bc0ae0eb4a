'use client'
import { useFormFields } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { sendJson } from '@akita-dx/plugin-core/client'
import { useApiBase } from './useApi'
import { useLineT } from './useLineT'

type Area = { height?: number; label?: string; width?: number; x?: number; y?: number }
type Image = { height?: number; url?: string; width?: number }

/** The array's rows as the form holds them (`areas.0.x` …), without waiting for a save. */
const useAreas = (): Area[] =>
  useFormFields(([fields]) => {
    const rows = Number(fields.areas?.value ?? 0)
    return Array.from({ length: Number.isFinite(rows) ? rows : 0 }, (_, i) => {
      const at = (name: string) => fields[`areas.${i}.${name}`]?.value
      return {
        height: Number(at('height')),
        label: String(at('label') ?? ''),
        width: Number(at('width')),
        x: Number(at('x')),
        y: Number(at('y')),
      }
    })
  })

const useImage = (media: string, value: unknown): Image | null => {
  const api = useApiBase()
  const [image, setImage] = useState<Image | null>(null)
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
  useEffect(() => {
    if (id === undefined || id === null || id === '') return setImage(null)
    const controller = new AbortController()
    void sendJson('GET', `${api}/${media}/${String(id)}?depth=0`, undefined, controller.signal)
      .then(({ body, ok }) => setImage(ok ? (body as Image) : null))
      .catch(() => undefined)
    return () => controller.abort()
  }, [api, id, media])
  return image
}

const box = (area: Area, image: Required<Pick<Image, 'height' | 'width'>>, outside: boolean): React.CSSProperties => ({
  background: outside ? 'rgba(220, 38, 38, 0.25)' : 'rgba(6, 199, 85, 0.2)',
  border: `2px solid ${outside ? '#dc2626' : '#06c755'}`,
  boxSizing: 'border-box',
  height: `${((area.height ?? 0) / image.height) * 100}%`,
  left: `${((area.x ?? 0) / image.width) * 100}%`,
  position: 'absolute',
  top: `${((area.y ?? 0) / image.height) * 100}%`,
  width: `${((area.width ?? 0) / image.width) * 100}%`,
})

const isOutside = (a: Area, image: Required<Pick<Image, 'height' | 'width'>>) =>
  !(
    (a.x ?? -1) >= 0 &&
    (a.y ?? -1) >= 0 &&
    (a.width ?? 0) > 0 &&
    (a.height ?? 0) > 0 &&
    a.x! + a.width! <= image.width &&
    a.y! + a.height! <= image.height
  )

/** The menu's image with its tap areas drawn on it, numbered as in the list, as residents will tap them. */
export const RichMenuPreview = ({ media = 'media' }: { media?: string }) => {
  const t = useLineT()
  const areas = useAreas()
  const image = useImage(
    media,
    useFormFields(([fields]) => fields.image?.value),
  )
  if (!image?.url || !image.width || !image.height) {
    return <p className="field-description">{t('richMenuPreviewEmpty')}</p>
  }
  const size = { height: image.height, width: image.width }
  return (
    <figure data-testid="rich-menu-preview" style={{ margin: '0 0 24px', maxWidth: 720 }}>
      <div className="field-label" style={{ marginBottom: 8 }}>
        {t('richMenuPreview')}
      </div>
      <div style={{ position: 'relative' }}>
        <img alt="" src={image.url} style={{ display: 'block', width: '100%' }} />
        {areas.map((area, i) => {
          const outside = isOutside(area, size)
          return (
            <div data-testid="rich-menu-area" key={i} style={box(area, size, outside)} title={outside ? t('richMenuOutside') : area.label}>
              <span style={{ background: outside ? '#dc2626' : '#06c755', color: '#fff', fontSize: 12, padding: '0 4px' }}>
                {i + 1} {area.label}
              </span>
            </div>
          )
        })}
      </div>
      <figcaption style={{ fontSize: 12, marginTop: 4 }}>
        {t('richMenuPreviewSize', { count: areas.length, height: size.height, width: size.width })}
      </figcaption>
    </figure>
  )
}
