import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SendOnLine as SendOnLine_13f0dd1f904f1fccfdd52abb40ee471e } from '../../../../plugins/line/components/SendOnLine'
import { DocumentPanel as DocumentPanel_f77f710bf005fcc7a0fd0266828593e3 } from '../../../../plugins/line-analytics/components/DocumentPanel'
import { SegmentCount as SegmentCount_40a1e4912efeb1b024f58480cd9ffa8f } from '../../../../plugins/line/components/SegmentCount'
import { SegmentWarning as SegmentWarning_adb59b86b57777ed6b39c8471f0d812a } from '../../../../plugins/line-analytics/components/SegmentWarning'
import { SandboxBanner as SandboxBanner_d146c6036d66c771115a5f85d2953cbd } from '../../../../plugins/line/components/SandboxBanner'
import { DeliveryProgress as DeliveryProgress_1c9be6cfab69b543c3ed4374a6088e92 } from '../../../../plugins/line/components/DeliveryProgress'
import { MessagePreview as MessagePreview_d36e41e008dd25448cf72cb1f53de71e } from '../../../../plugins/line/components/MessagePreview'
import { SandboxHeader as SandboxHeader_d146c6036d66c771115a5f85d2953cbd } from '../../../../plugins/line/components/SandboxBanner'
import { Icon as Icon_c60fc11195254a70100a7c82614684e0 } from '../../../../src/components/Icon'
import { Logo as Logo_d05dcd2df632bb7cb811a750e82b802a } from '../../../../src/components/Logo'
import { DashboardWidget as DashboardWidget_9cadf3b15a8b8254113e862eb41d5ba6 } from '../../../../plugins/line-analytics/components/DashboardWidget'
import { NavLink as NavLink_41693ae21c5cbe7ac42e15b6d5d4068b } from '../../../../plugins/line-analytics/components/NavLink'
import { AnalyticsView as AnalyticsView_e2e8320fb2448d9289199b6c9ab4407a } from '../../../../plugins/line-analytics/components/AnalyticsView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/plugins/line/components/SendOnLine#SendOnLine": SendOnLine_13f0dd1f904f1fccfdd52abb40ee471e,
  "/plugins/line-analytics/components/DocumentPanel#DocumentPanel": DocumentPanel_f77f710bf005fcc7a0fd0266828593e3,
  "/plugins/line/components/SegmentCount#SegmentCount": SegmentCount_40a1e4912efeb1b024f58480cd9ffa8f,
  "/plugins/line-analytics/components/SegmentWarning#SegmentWarning": SegmentWarning_adb59b86b57777ed6b39c8471f0d812a,
  "/plugins/line/components/SandboxBanner#SandboxBanner": SandboxBanner_d146c6036d66c771115a5f85d2953cbd,
  "/plugins/line/components/DeliveryProgress#DeliveryProgress": DeliveryProgress_1c9be6cfab69b543c3ed4374a6088e92,
  "/plugins/line/components/MessagePreview#MessagePreview": MessagePreview_d36e41e008dd25448cf72cb1f53de71e,
  "/plugins/line/components/SandboxBanner#SandboxHeader": SandboxHeader_d146c6036d66c771115a5f85d2953cbd,
  "/src/components/Icon#Icon": Icon_c60fc11195254a70100a7c82614684e0,
  "/src/components/Logo#Logo": Logo_d05dcd2df632bb7cb811a750e82b802a,
  "/plugins/line-analytics/components/DashboardWidget#DashboardWidget": DashboardWidget_9cadf3b15a8b8254113e862eb41d5ba6,
  "/plugins/line-analytics/components/NavLink#NavLink": NavLink_41693ae21c5cbe7ac42e15b6d5d4068b,
  "/plugins/line-analytics/components/AnalyticsView#AnalyticsView": AnalyticsView_e2e8320fb2448d9289199b6c9ab4407a,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
