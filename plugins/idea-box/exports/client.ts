/** The idea box's client components, referenced from the admin as `@akita-dx/plugin-idea-box/client#…`. */
export { IdeaDiscussion } from '../components/IdeaDiscussion'
export { SimilarIdeas } from '../components/SimilarIdeas'
