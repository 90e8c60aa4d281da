export { GraphQLJSONObject as GraphQLJSON } from 'graphql-scalars';
