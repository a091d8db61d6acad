package io.memberkit.adapter.http.fake;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The emulated remote's one entry point: records each request under /remote and answers from {@link FakeRemote}. */
@Requires(property = FakeRemote.ENABLED, value = "true")
@Controller(FakeRemote.MOUNT)
@ExecuteOn(TaskExecutors.BLOCKING)
public class FakeRemoteController {
    private volatile FakeRemote fake;

    void attach(FakeRemote owner) {
        this.fake = owner;
    }

    @Get(uri = "/{+path}", produces = MediaType.ALL)
    public HttpResponse<byte[]> get(@PathVariable String path, HttpRequest<?> request) {
        return answer(request, null);
    }

    @Post(uri = "/{+path}", consumes = MediaType.ALL, produces = MediaType.ALL)
    public HttpResponse<byte[]> post(@PathVariable String path, HttpRequest<?> request, @Nullable @Body byte[] body) {
        return answer(request, body);
    }

    @Put(uri = "/{+path}", consumes = MediaType.ALL, produces = MediaType.ALL)
    public HttpResponse<byte[]> put(@PathVariable String path, HttpRequest<?> request, @Nullable @Body byte[] body) {
        return answer(request, body);
    }

    @Delete(uri = "/{+path}", consumes = MediaType.ALL, produces = MediaType.ALL)
    public HttpResponse<byte[]> delete(@PathVariable String path, HttpRequest<?> request, @Nullable @Body byte[] body) {
        return answer(request, body);
    }

    private HttpResponse<byte[]> answer(HttpRequest<?> request, byte[] body) {
        var query = new LinkedHashMap<String, List<String>>();
        request.getParameters().forEach((name, values) -> query.put(name, List.copyOf(values)));
        var headers = new LinkedHashMap<String, String>();
        request.getHeaders().forEach((name, values) -> headers.put(name, String.join(",", values)));
        var path = request.getPath().substring(FakeRemote.MOUNT.length());
        var recorded = new FakeRemote.Recorded(request.getMethodName(), path, Map.copyOf(query), headers,
                body == null || body.length == 0 ? null : new String(body, StandardCharsets.UTF_8));
        var reply = fake.handle(recorded);
        if (!reply.delay().isZero()) {
            try {
                Thread.sleep(reply.delay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        MutableHttpResponse<byte[]> response = HttpResponse.status(HttpStatus.valueOf(reply.status()));
        reply.headers().forEach(response::header);
        if (reply.body().length > 0) {
            response.contentType(reply.contentType() == null ? MediaType.APPLICATION_JSON : reply.contentType())
                    .body(reply.body());
        }
        return response;
    }
}
