import { Injectable, type Type } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';

/** A module's `<concept>.loaders.ts` provider: builds fresh DataLoaders for one request. */
export interface LoaderFactory<T> {
  create(): T;
}

/** The DataLoaders of one request, created on first use so a request pays only for what it touches. */
export class RequestLoaders {
  private readonly created = new Map<Type<LoaderFactory<unknown>>, unknown>();

  constructor(private readonly moduleRef: ModuleRef) {}

  get<T>(factory: Type<LoaderFactory<T>>): T {
    if (!this.created.has(factory)) {
      this.created.set(factory, this.moduleRef.get(factory, { strict: false }).create());
    }
    return this.created.get(factory) as T;
  }
}

@Injectable()
export class LoaderRegistry {
  constructor(private readonly moduleRef: ModuleRef) {}

  forRequest(): RequestLoaders {
    return new RequestLoaders(this.moduleRef);
  }
}
