import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'

import type { TestServer } from '@akita-dx/test-support'

import { resolveOptions } from '../defaults'
import { buildParams } from '../params/definitions'
import { startPublicApi, testVocabulary } from './config'
import { createProgramme as createSubsidy, createStory, getJson } from './fixtures'
import { openApi31Schema } from './oas31'

const params = buildParams(resolveOptions({ vocabulary: testVocabulary }).vocabulary)

const newAjv = () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false })
  ;(addFormats as unknown as (a: Ajv2020) => void)(ajv)
  return ajv
}

describe('OpenAPI document of the public API', () => {
  let server: TestServer
  let doc: any
  let ajv: Ajv2020

  beforeAll(async () => {
    server = await startPublicApi({ openApi: { license: { identifier: 'CC-BY-4.0', name: 'CC BY 4.0' }, title: 'テスト API' } })
    const programme = await createSubsidy(server.payload, {
      slug: 'doc-programme',
      municipalities: ['akita'],
      areaScope: 'municipalities',
    })
    await createStory(server.payload, { programmes: [programme.id], slug: 'doc-story', tags: ['カフェ'] })
    const res = await getJson(`${server.baseUrl}/api/public/openapi.json`)
    expect(res.status).toBe(200)
    doc = res.body
    ajv = newAjv()
    ajv.addSchema({ $id: 'https://api.example/openapi', ...doc })
  })
  afterAll(() => server?.close())

  it('is a valid OpenAPI 3.1 document', () => {
    const validate = newAjv().compile(openApi31Schema)
    const valid = validate(doc)
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
    expect(doc.openapi).toBe('3.1.0')
    // The structure check can fail: a path parameter must be required, a query style must suit queries.
    const broken = structuredClone(doc)
    broken.paths['/api/public/subsidies/{slug}'].get.parameters[0].required = false
    expect(validate(broken)).toBe(false)
    const badStyle = structuredClone(doc)
    badStyle.paths['/api/public/subsidies'].get.parameters[1].style = 'simple'
    expect(validate(badStyle)).toBe(false)
  })

  it('has every $ref resolving and every schema compiling', () => {
    const refs: string[] = []
    const walk = (node: unknown) => {
      if (Array.isArray(node)) node.forEach(walk)
      else if (node && typeof node === 'object') {
        for (const [k, v] of Object.entries(node)) {
          if (k === '$ref' && typeof v === 'string') refs.push(v)
          else walk(v)
        }
      }
    }
    walk(doc)
    expect(refs.length).toBeGreaterThan(5)
    for (const ref of refs) expect([ref, ajv.getSchema(`https://api.example/openapi${ref}`)]).toEqual([ref, expect.any(Function)])
    for (const [path, item] of Object.entries<any>(doc.paths)) {
      for (const param of item.get.parameters ?? []) {
        expect([path, param.name, newAjv().validateSchema(param.schema)]).toEqual([path, param.name, true])
      }
    }
  })

  it('documents exactly the parameters the handlers accept', async () => {
    const names = (path: string) => doc.paths[path].get.parameters.map((p: any) => p.name)
    expect(names('/api/public/subsidies')).toEqual(params.subsidyList.map((p) => p.name))
    expect(names('/api/public/stories')).toEqual(params.storyList.map((p) => p.name))
    expect(names('/api/public/diagnosis')).toEqual(['purpose', 'industry', 'stage', 'municipality', 'employees'])
    // Every value the document lists is one the handler accepts.
    for (const param of doc.paths['/api/public/subsidies'].get.parameters) {
      const values: string[] = param.schema.items?.enum ?? param.schema.enum ?? []
      for (const value of values) {
        const res = await fetch(`${server.baseUrl}/api/public/subsidies?${param.name}=${encodeURIComponent(value)}`)
        expect([param.name, value, res.status]).toEqual([param.name, value, 200])
      }
    }
  })

  it('describes the real responses', async () => {
    const check = async (url: string, schema: string, status = 200) => {
      const res = await getJson(`${server.baseUrl}/api/public${url}`)
      expect(res.status).toBe(status)
      const validate = ajv.getSchema(`https://api.example/openapi#/components/schemas/${schema}`)!
      const valid = validate(res.body)
      expect([url, validate.errors ?? []]).toEqual([url, []])
      expect(valid).toBe(true)
    }
    await check('/subsidies?status=all', 'SubsidyList')
    await check('/subsidies/doc-programme', 'SubsidyDetail')
    await check('/stories', 'StoryList')
    await check('/stories/doc-story', 'StoryDetail')
    await check('/diagnosis?municipality=akita&employees=3', 'Diagnosis')
    await check('/subsidies?limit=1000', 'Error', 400)
    await check('/stories/nobody', 'Error', 404)
    // The error schema can fail: a body of another shape does not pass.
    const error = ajv.getSchema('https://api.example/openapi#/components/schemas/Error')!
    expect(error({ details: [{ message: 'x', parameter: 'limit' }], error: 'Invalid query parameters' })).toBe(false)
    expect(error({ errors: [{ field: 'limit', message: 'x' }] })).toBe(true)
  })

  it('takes its info and enums from the options', () => {
    expect(doc.info).toMatchObject({
      license: { identifier: 'CC-BY-4.0', name: 'CC BY 4.0' },
      title: 'テスト API',
      version: '1.0.0',
    })
    const card = doc.components.schemas.SubsidyCard.properties
    expect(card.kind.enum).toEqual(testVocabulary.kinds.map((term) => term.value))
    expect(card.municipalities.items.enum).toEqual(['akita', 'noshiro', 'yokote'])
    expect(doc.components.schemas.SubsidyDetail.properties.source.properties.kind.enum).toEqual(['manual', 'jgrants'])
  })
})
