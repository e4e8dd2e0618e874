/*
 * stack.c - the compiler's big stack: the pages of a 1 GiB thread stack
 * are only reserved, so what is not touched costs nothing.
 */
#include <pthread.h>

#include "base/base.h"

enum { BIG_STACK = 1 << 30 };

typedef struct Job {
	void (*fn)(void *);
	void *arg;
} Job;

static void *run(void *p)
{
	Job *j = p;
	j->fn(j->arg);
	return NULL;
}

void bs_run_big_stack(void (*fn)(void *), void *arg)
{
	Job job = { fn, arg };
	pthread_attr_t attr;
	pthread_t t;
	bool threaded = pthread_attr_init(&attr) == 0 && pthread_attr_setstacksize(&attr, BIG_STACK) == 0 &&
	                pthread_create(&t, &attr, run, &job) == 0;
	if (threaded)
		pthread_join(t, NULL);
	else
		fn(arg);
	pthread_attr_destroy(&attr);
}
