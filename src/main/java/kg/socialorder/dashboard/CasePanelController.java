package kg.socialorder.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import kg.socialorder.PublicFormat;
import kg.socialorder.identity.Role;
import kg.socialorder.identity.WebappUser;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The case panel beside a task's form in Tasklist (tasklist/custom/case-panel.js): where the task's
 * social order stands — its stages with their days, the decisions taken so far, each theme's contract
 * with its tranches planned against paid — and the way to its public pages. What it shows is what the
 * portal publishes; it is asked for by task, and answered only to a person logged in to the webapps who
 * may see that task (or a supervisor), so that a task's id tells nobody else whose case it is.
 */
@Controller
class CasePanelController {

  private final DashboardAccess access;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final OrderProgress progress;
  private final PlaceNames places;
  private final PublicFormat format;

  CasePanelController(DashboardAccess access, TaskService tasks, RuntimeService runtime, IdentityService identity,
      OrderProgress progress, PlaceNames places, PublicFormat format) {
    this.access = access;
    this.tasks = tasks;
    this.runtime = runtime;
    this.identity = identity;
    this.progress = progress;
    this.places = places;
    this.format = format;
  }

  @GetMapping("/dashboard/case/{taskId}")
  String panel(@PathVariable String taskId, HttpServletRequest request, Model model) {
    WebappUser reader = access.reader(request);
    Task task = visibleTask(reader, taskId);
    // the case is the task's process's business key; read once the reader may see the task
    ProcessInstance instance = task.getProcessInstanceId() == null ? null
        : runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
    if (instance != null && instance.getBusinessKey() != null) {
      String caseKey = instance.getBusinessKey();
      model.addAttribute("caseKey", caseKey);
      progress.ofCase(caseKey).ifPresent(order -> {
        model.addAttribute("order", order);
        model.addAttribute("municipalityName", places.name(order.municipality()));
      });
    }
    model.addAttribute("format", format);
    return "dashboard/case-panel";
  }

  /** The task as the reader sees it with their own rights in the engine; 404 when they may not see it. */
  private Task visibleTask(WebappUser reader, String taskId) {
    Task task;
    if (reader.isIn(Role.SUPERVISOR.groupId())) {
      task = tasks.createTaskQuery().taskId(taskId).singleResult();
    } else {
      identity.setAuthentication(reader.userId(), List.copyOf(reader.groups()), reader.municipalities());
      try {
        task = tasks.createTaskQuery().taskId(taskId).singleResult();
      } finally {
        identity.clearAuthentication();
      }
    }
    if (task == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return task;
  }
}
