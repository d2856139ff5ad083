import { error } from '@sveltejs/kit';
import { lessonById } from '$lib/teaching/lessons';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ params }) => {
	if (!lessonById(params.lesson)) error(404, `There is no lesson "${params.lesson}".`);
	return { lessonId: params.lesson };
};
