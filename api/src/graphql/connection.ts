import { type Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from '@medskapa/shared';
import { z } from 'zod';
import { DomainError, parseArgument } from '../common/domain-error';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface ConnectionShape<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay connection type for `classRef`, e.g. AuditEventConnection with AuditEventEdge. */
export function Connection<T>(classRef: Type<T>) {
  @ObjectType(`${classRef.name}Edge`)
  abstract class Edge {
    @Field()
    cursor: string;

    @Field(() => classRef)
    node: T;
  }

  @ObjectType({ isAbstract: true })
  abstract class ConnectionType implements ConnectionShape<T> {
    @Field(() => [Edge])
    edges: Array<{ cursor: string; node: T }>;

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int)
    totalCount: number;
  }
  return ConnectionType;
}

/** Keyset cursors over (timestamp, id): stable while new rows arrive at the top. */
export interface KeysetCursor {
  at: string;
  id: string;
}

export function encodeCursor(at: Date, id: string): string {
  return Buffer.from(JSON.stringify({ at: at.toISOString(), id })).toString('base64url');
}

const cursorSchema = z.object({ at: z.iso.datetime(), id: z.uuid() });

export function decodeCursor(cursor: string | null | undefined): KeysetCursor | null {
  if (!cursor) return null;
  try {
    return cursorSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw DomainError.badInput([{ path: 'after', message: 'Not a cursor from this list.' }]);
  }
}

export function pageSize(first: number | null | undefined): number {
  return parseArgument(z.number().int().min(1).max(PAGE_SIZE_MAX), first ?? PAGE_SIZE_DEFAULT, 'first');
}

/** Builds the connection from `size + 1` fetched rows (the extra one only tells whether more exist). */
export function toConnection<T extends { id: string }>(
  rows: T[],
  size: number,
  totalCount: number,
  timestampOf: (row: T) => Date,
): ConnectionShape<T> {
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ cursor: encodeCursor(timestampOf(node), node.id), node }));
  return { edges, totalCount, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null } };
}
