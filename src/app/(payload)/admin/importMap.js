import { LinkLine as LinkLine_dffc9751f096ba6954063c9734d3e153 } from '@akita-dx/plugin-line/client'
import { LengthCounter as LengthCounter_dffc9751f096ba6954063c9734d3e153 } from '@akita-dx/plugin-line/client'
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
import { SendOnLine as SendOnLine_dffc9751f096ba6954063c9734d3e153 } from '@akita-dx/plugin-line/client'
import { DocumentPanel as DocumentPanel_5743443fcb8fc9878a1cec89d86dadb1 } from '@akita-dx/plugin-line-analytics/client'
import { TrackRecord as TrackRecord_6d5b9894f0e852da87b1cd11e9e14621 } from '@akita-dx/plugin-talent-bank/rsc'
import { ApprovalButtons as ApprovalButtons_29ead9ddff98cb4f7c57c0af64437256 } from '@akita-dx/plugin-talent-bank/client'
import { ProfileSearch as ProfileSearch_29ead9ddff98cb4f7c57c0af64437256 } from '@akita-dx/plugin-talent-bank/client'
import { RequestPanel as RequestPanel_6d5b9894f0e852da87b1cd11e9e14621 } from '@akita-dx/plugin-talent-bank/rsc'
import { MatchDecision as MatchDecision_6d5b9894f0e852da87b1cd11e9e14621 } from '@akita-dx/plugin-talent-bank/rsc'
import { SimilarIdeas as SimilarIdeas_f6c1f2cf5e3aa2fa4c4e7a30f80d6bc7 } from '@akita-dx/plugin-idea-box/client'
import { IdeaDiscussion as IdeaDiscussion_f6c1f2cf5e3aa2fa4c4e7a30f80d6bc7 } from '@akita-dx/plugin-idea-box/client'
import { IdeaListViews as IdeaListViews_f6c1f2cf5e3aa2fa4c4e7a30f80d6bc7 } from '@akita-dx/plugin-idea-box/client'
import { SegmentCount as SegmentCount_dffc9751f096ba6954063c9734d3e153 } from '@akita-dx/plugin-line/client'
import { SegmentWarning as SegmentWarning_5743443fcb8fc9878a1cec89d86dadb1 } from '@akita-dx/plugin-line-analytics/client'
import { SandboxBanner as SandboxBanner_7dbcfa7044a44a61cf47c0f8f5387f55 } from '@akita-dx/plugin-line/rsc'
import { ApprovalPanel as ApprovalPanel_dffc9751f096ba6954063c9734d3e153 } from '@akita-dx/plugin-line/client'
import { DeliveryProgress as DeliveryProgress_dffc9751f096ba6954063c9734d3e153 } from '@akita-dx/plugin-line/client'
import { MessagePreview as MessagePreview_dffc9751f096ba6954063c9734d3e153 } from '@akita-dx/plugin-line/client'
import { AwaitingApproval as AwaitingApproval_7dbcfa7044a44a61cf47c0f8f5387f55 } from '@akita-dx/plugin-line/rsc'
import { RichMenuPreview as RichMenuPreview_dffc9751f096ba6954063c9734d3e153 } from '@akita-dx/plugin-line/client'
import { RichMenuPublish as RichMenuPublish_dffc9751f096ba6954063c9734d3e153 } from '@akita-dx/plugin-line/client'
import { StepStatistics as StepStatistics_7dbcfa7044a44a61cf47c0f8f5387f55 } from '@akita-dx/plugin-line/rsc'
import { StepRowLabel as StepRowLabel_dffc9751f096ba6954063c9734d3e153 } from '@akita-dx/plugin-line/client'
import { NoticeTitleCell as NoticeTitleCell_bc73490ad14649889236df32c8345d29 } from '@akita-dx/plugin-notifications/client'
import { NoticeListActions as NoticeListActions_bc73490ad14649889236df32c8345d29 } from '@akita-dx/plugin-notifications/client'
import { ExportCsv as ExportCsv_6aa70bcc783fc99000653d18c730abb1 } from '@akita-dx/plugin-audit/client'
import { SandboxHeader as SandboxHeader_7dbcfa7044a44a61cf47c0f8f5387f55 } from '@akita-dx/plugin-line/rsc'
import { Icon as Icon_c60fc11195254a70100a7c82614684e0 } from '../../../../src/components/Icon'
import { Logo as Logo_d05dcd2df632bb7cb811a750e82b802a } from '../../../../src/components/Logo'
import { NoticeBell as NoticeBell_bc73490ad14649889236df32c8345d29 } from '@akita-dx/plugin-notifications/client'
import { DashboardWidget as DashboardWidget_48cafca71fabcc10b67bfc071bd401ba } from '@akita-dx/plugin-line-analytics/rsc'
import { NavLink as NavLink_48cafca71fabcc10b67bfc071bd401ba } from '@akita-dx/plugin-line-analytics/rsc'
import { EditorGuide as EditorGuide_42e2c066946d79f352e410292606615b } from '../../../../src/components/EditorGuide'
import { RecentDeliveries as RecentDeliveries_7dbcfa7044a44a61cf47c0f8f5387f55 } from '@akita-dx/plugin-line/rsc'
import { AnalyticsView as AnalyticsView_48cafca71fabcc10b67bfc071bd401ba } from '@akita-dx/plugin-line-analytics/rsc'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@akita-dx/plugin-line/client#LinkLine": LinkLine_dffc9751f096ba6954063c9734d3e153,
  "@akita-dx/plugin-line/client#LengthCounter": LengthCounter_dffc9751f096ba6954063c9734d3e153,
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
  "@akita-dx/plugin-line/client#SendOnLine": SendOnLine_dffc9751f096ba6954063c9734d3e153,
  "@akita-dx/plugin-line-analytics/client#DocumentPanel": DocumentPanel_5743443fcb8fc9878a1cec89d86dadb1,
  "@akita-dx/plugin-talent-bank/rsc#TrackRecord": TrackRecord_6d5b9894f0e852da87b1cd11e9e14621,
  "@akita-dx/plugin-talent-bank/client#ApprovalButtons": ApprovalButtons_29ead9ddff98cb4f7c57c0af64437256,
  "@akita-dx/plugin-talent-bank/client#ProfileSearch": ProfileSearch_29ead9ddff98cb4f7c57c0af64437256,
  "@akita-dx/plugin-talent-bank/rsc#RequestPanel": RequestPanel_6d5b9894f0e852da87b1cd11e9e14621,
  "@akita-dx/plugin-talent-bank/rsc#MatchDecision": MatchDecision_6d5b9894f0e852da87b1cd11e9e14621,
  "@akita-dx/plugin-idea-box/client#SimilarIdeas": SimilarIdeas_f6c1f2cf5e3aa2fa4c4e7a30f80d6bc7,
  "@akita-dx/plugin-idea-box/client#IdeaDiscussion": IdeaDiscussion_f6c1f2cf5e3aa2fa4c4e7a30f80d6bc7,
  "@akita-dx/plugin-idea-box/client#IdeaListViews": IdeaListViews_f6c1f2cf5e3aa2fa4c4e7a30f80d6bc7,
  "@akita-dx/plugin-line/client#SegmentCount": SegmentCount_dffc9751f096ba6954063c9734d3e153,
  "@akita-dx/plugin-line-analytics/client#SegmentWarning": SegmentWarning_5743443fcb8fc9878a1cec89d86dadb1,
  "@akita-dx/plugin-line/rsc#SandboxBanner": SandboxBanner_7dbcfa7044a44a61cf47c0f8f5387f55,
  "@akita-dx/plugin-line/client#ApprovalPanel": ApprovalPanel_dffc9751f096ba6954063c9734d3e153,
  "@akita-dx/plugin-line/client#DeliveryProgress": DeliveryProgress_dffc9751f096ba6954063c9734d3e153,
  "@akita-dx/plugin-line/client#MessagePreview": MessagePreview_dffc9751f096ba6954063c9734d3e153,
  "@akita-dx/plugin-line/rsc#AwaitingApproval": AwaitingApproval_7dbcfa7044a44a61cf47c0f8f5387f55,
  "@akita-dx/plugin-line/client#RichMenuPreview": RichMenuPreview_dffc9751f096ba6954063c9734d3e153,
  "@akita-dx/plugin-line/client#RichMenuPublish": RichMenuPublish_dffc9751f096ba6954063c9734d3e153,
  "@akita-dx/plugin-line/rsc#StepStatistics": StepStatistics_7dbcfa7044a44a61cf47c0f8f5387f55,
  "@akita-dx/plugin-line/client#StepRowLabel": StepRowLabel_dffc9751f096ba6954063c9734d3e153,
  "@akita-dx/plugin-notifications/client#NoticeTitleCell": NoticeTitleCell_bc73490ad14649889236df32c8345d29,
  "@akita-dx/plugin-notifications/client#NoticeListActions": NoticeListActions_bc73490ad14649889236df32c8345d29,
  "@akita-dx/plugin-audit/client#ExportCsv": ExportCsv_6aa70bcc783fc99000653d18c730abb1,
  "@akita-dx/plugin-line/rsc#SandboxHeader": SandboxHeader_7dbcfa7044a44a61cf47c0f8f5387f55,
  "/src/components/Icon#Icon": Icon_c60fc11195254a70100a7c82614684e0,
  "/src/components/Logo#Logo": Logo_d05dcd2df632bb7cb811a750e82b802a,
  "@akita-dx/plugin-notifications/client#NoticeBell": NoticeBell_bc73490ad14649889236df32c8345d29,
  "@akita-dx/plugin-line-analytics/rsc#DashboardWidget": DashboardWidget_48cafca71fabcc10b67bfc071bd401ba,
  "@akita-dx/plugin-line-analytics/rsc#NavLink": NavLink_48cafca71fabcc10b67bfc071bd401ba,
  "/src/components/EditorGuide#EditorGuide": EditorGuide_42e2c066946d79f352e410292606615b,
  "@akita-dx/plugin-line/rsc#RecentDeliveries": RecentDeliveries_7dbcfa7044a44a61cf47c0f8f5387f55,
  "@akita-dx/plugin-line-analytics/rsc#AnalyticsView": AnalyticsView_48cafca71fabcc10b67bfc071bd401ba,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
