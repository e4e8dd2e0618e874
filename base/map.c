/*
 * map.c - hash maps with pointer or string keys: open addressing with
 * linear probing, at most half full, keys never removed.  Everything is
 * in the arena: the slot arrays a map outgrows stay there, which costs at
 * most as much again as the final ones.
 */
#include <stdint.h>
#include <string.h>

#include "base/base.h"

struct BsMap {
	Arena *a;
	const void **keys;
	void **vals;
	size_t cap, len;
	bool strkeys;
};

static BsMap *map_new(Arena *a, bool strkeys)
{
	BsMap *m = fe_alloc(a, sizeof *m);
	m->a = a;
	m->cap = 16;
	m->strkeys = strkeys;
	m->keys = fe_alloc(a, m->cap * sizeof *m->keys);
	m->vals = fe_alloc(a, m->cap * sizeof *m->vals);
	return m;
}

BsMap *bs_map_new(Arena *a)
{
	return map_new(a, false);
}

BsMap *bs_smap_new(Arena *a)
{
	return map_new(a, true);
}

static size_t hash_key(const BsMap *m, const void *k)
{
	if (m->strkeys) {
		size_t h = 1469598103934665603u; /* FNV-1a */
		for (const unsigned char *s = k; *s; s++)
			h = (h ^ *s) * 1099511628211u;
		return h;
	}
	uintptr_t x = (uintptr_t)k;
	x ^= x >> 17;
	x *= 0x9e3779b97f4a7c15u;
	return (size_t)(x ^ (x >> 29));
}

static bool same_key(const BsMap *m, const void *a, const void *b)
{
	return m->strkeys ? strcmp(a, b) == 0 : a == b;
}

static void insert(BsMap *m, const void *key, void *val)
{
	for (size_t i = hash_key(m, key) & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
		if (!m->keys[i]) {
			m->keys[i] = key;
			m->vals[i] = val;
			m->len++;
			return;
		}
		if (same_key(m, m->keys[i], key)) {
			m->vals[i] = val;
			return;
		}
	}
}

static void map_grow(BsMap *m)
{
	const void **ok = m->keys;
	void **ov = m->vals;
	size_t oc = m->cap;
	m->cap *= 2;
	m->keys = fe_alloc(m->a, m->cap * sizeof *m->keys);
	m->vals = fe_alloc(m->a, m->cap * sizeof *m->vals);
	m->len = 0;
	for (size_t i = 0; i < oc; i++)
		if (ok[i])
			insert(m, ok[i], ov[i]);
}

void *bs_map_get(const BsMap *m, const void *key)
{
	for (size_t i = hash_key(m, key) & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
		if (!m->keys[i])
			return NULL;
		if (same_key(m, m->keys[i], key))
			return m->vals[i];
	}
}

void bs_map_put(BsMap *m, const void *key, void *val)
{
	if (2 * (m->len + 1) > m->cap)
		map_grow(m);
	if (m->strkeys && !bs_map_get(m, key)) {
		size_t n = strlen(key);
		char *k = fe_alloc(m->a, n + 1);
		memcpy(k, key, n);
		key = k;
	}
	insert(m, key, val);
}

int bs_map_len(const BsMap *m)
{
	return (int)m->len;
}
